package org.newsfacts.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/**
 * A one-word "person" that the same article also gives as a place or an organisation is a name
 * the tagger could not place: an app, a company, a tool or a town ("Busuu" a person in one
 * sentence and a place in the next, "Kafka" beside "RabbitMQ", "Derby" the club beside Derby the
 * town). Without a role to say it is someone ("the artist Banksy"), it gives no person fact; the
 * mentions stay as they were tagged, and the place or organisation fact stays.
 */
final class MixedKindPeople {
  private MixedKindPeople() {}

  static List<Fact> withoutMixed(List<Fact> facts) {
    Set<String> otherKinds = facts.stream()
        .map(fact -> fact instanceof PlaceFact place ? place.name()
            : fact instanceof OrganizationFact organization ? organization.name() : null)
        .filter(name -> name != null)
        .collect(Collectors.toSet());
    if (otherKinds.isEmpty()) {
      return facts;
    }
    return facts.stream()
        .filter(fact -> !(fact instanceof PersonFact person) || !isMixed(person, otherKinds))
        .toList();
  }

  private static boolean isMixed(PersonFact person, Set<String> otherKinds) {
    return person.role() == null && person.name().strip().indexOf(' ') < 0 && otherKinds.contains(person.name());
  }
}
