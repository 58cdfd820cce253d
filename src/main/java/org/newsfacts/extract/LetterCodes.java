package org.newsfacts.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.PersonFact;

/**
 * Two capital letters on their own are a code, not the name a story gives a person: a state's
 * ("Headquarters: St. Louis, MO"), a country's, a field's ("AR and MR", augmented and mixed
 * reality). The tagger reads such a code after a comma as a name; it gives no person fact, and
 * its mentions stay as they were tagged. Initials with stops ("K.J. Choi") and three letters
 * ("JFK") are left alone.
 */
final class LetterCodes {
  private static final Pattern CODE = Pattern.compile("\\p{Lu}{2}");

  private LetterCodes() {}

  static List<Fact> withoutCodes(List<Fact> facts) {
    return facts.stream()
        .filter(fact -> !(fact instanceof PersonFact person && CODE.matcher(person.name().strip()).matches()))
        .toList();
  }
}
