package org.newsfacts.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/**
 * A one-word "person" that the same article also gives as a place or an organisation is a name
 * the tagger could not place: an app, a company, a tool or a town ("Busuu" a person in one
 * sentence and a place in the next, "Kafka" beside "RabbitMQ", "Derby" the club beside Derby the
 * town). So is one that opens the name of one of the article's organisations ("Elementor" beside
 * "Elementor AI", "Mayzlin" beside "Mayzlin Relocation", "Looker" beside "Looker Studio"): the
 * brand, said short. Without a role to say it is someone ("the artist Banksy"), an honorific
 * ("Mr Tata said"), or a full name of the article that ends with it ("Musk" of "Elon Musk"), it
 * gives no person fact; the mentions stay as they were tagged, and the place or organisation
 * fact stays. An organisation whose other words name one of the article's people ("Tom" and
 * "Cruise" beside a mistagged "Tom Cruise") is a person the tagger misread, and proves nothing.
 */
final class MixedKindPeople {
  /** "Mr Tata", "Dr. Nner": a title that only a person takes, just before the first mention. */
  private static final Pattern HONORIFIC_BEFORE =
      Pattern.compile("(?:^|\\W)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord|Prof)\\.?\\s+$");

  private MixedKindPeople() {}

  static List<Fact> withoutMixed(List<Fact> facts) {
    return withoutMixed(facts, "");
  }

  /** {@code text} is the article's text, which the facts' offsets point into. */
  static List<Fact> withoutMixed(List<Fact> facts, String text) {
    Set<String> otherKinds = facts.stream()
        .map(fact -> fact instanceof PlaceFact place ? place.name()
            : fact instanceof OrganizationFact organization ? organization.name() : null)
        .filter(name -> name != null)
        .collect(Collectors.toSet());
    if (otherKinds.isEmpty()) {
      return facts;
    }
    Set<String> people = facts.stream()
        .filter(fact -> fact instanceof PersonFact)
        .map(fact -> ((PersonFact) fact).name())
        .collect(Collectors.toSet());
    List<String> organisations = facts.stream()
        .filter(fact -> fact instanceof OrganizationFact)
        .map(fact -> ((OrganizationFact) fact).name())
        .toList();
    return facts.stream()
        .filter(fact -> !(fact instanceof PersonFact person)
            || !isMixed(person, otherKinds) && !isBrand(person, organisations, people, text))
        .toList();
  }

  private static boolean isMixed(PersonFact person, Set<String> otherKinds) {
    return person.role() == null && isOneWord(person.name()) && otherKinds.contains(person.name());
  }

  private static boolean isBrand(PersonFact person, List<String> organisations, Set<String> people,
      String text) {
    String name = person.name().strip();
    if (person.role() != null || !isOneWord(name) || hasHonorific(person, text)
        || people.stream().anyMatch(other -> other.endsWith(" " + name))) {
      return false;
    }
    for (String organisation : organisations) {
      String[] words = organisation.strip().split("\\s+");
      if (words.length > 1 && words[0].equals(name)
          && Arrays.stream(words).skip(1).noneMatch(people::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHonorific(PersonFact person, String text) {
    int start = Math.min(person.start(), text.length());
    return HONORIFIC_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
  }

  private static boolean isOneWord(String name) {
    return name.strip().indexOf(' ') < 0;
  }
}
