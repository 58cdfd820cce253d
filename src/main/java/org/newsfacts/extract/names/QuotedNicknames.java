package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * A nickname in quotation marks between a person's names belongs to the name: "William "Buckshot"
 * May", "Roberto "Hands of Stone" Duran". The tagger stops at the quotation mark and reads the
 * surname after it on its own, or as something else ("May" a month).
 */
public final class QuotedNicknames {
  // The quoted nickname (capitalised, on the line, at most 30 characters) and one or two
  // capitalised words after it.
  private static final Pattern NICKNAME_THEN_SURNAME =
      Pattern.compile(
          "[ \\t]*[\"“][ \\t]*\\p{Lu}[^\"”\\n]{0,30}?[ \\t]*[\"”][ \\t]*("
              + NameRuns.ONE_WORD.pattern() + "(?:[ \\t]+" + NameRuns.ONE_WORD.pattern() + ")?)"
              + "(?![\\p{L}\\p{N}])");

  private QuotedNicknames() {}

  public static List<Mention> resolve(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention person : mentions) {
      if (person.type() != MentionType.PERSON || !out.contains(person)) {
        continue;
      }
      Matcher nickname = NICKNAME_THEN_SURNAME.matcher(text).region(person.end(), text.length());
      if (nickname.lookingAt()) {
        int end = nickname.end(1);
        out.removeIf(m -> m.start() < end && person.start() < m.end());
        int at = 0;
        while (at < out.size() && out.get(at).start() < person.start()) {
          at++;
        }
        out.add(at, new Mention(
            MentionType.PERSON, person.start(), end, text.substring(person.start(), end), null, null, null, null, null,
            person.sentence()));
      }
    }
    return out;
  }
}
