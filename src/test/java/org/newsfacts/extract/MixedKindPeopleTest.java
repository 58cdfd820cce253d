package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/** A one-word "person" the article also gives as a place or organisation is no person fact. */
class MixedKindPeopleTest {
  private static PersonFact person(String name, String role) {
    return new PersonFact(name, role, 1, 0, name.length(), name + " leads the market.");
  }

  @Test
  void aOneWordPersonThatIsAlsoAPlaceOrOrganisationGoes() {
    List<Fact> facts = List.of(
        person("Quillo", null),
        new PlaceFact("Quillo", null, null, 1, 40, 46, "Lessons are cheaper on Quillo."),
        person("Tandemly", null),
        new OrganizationFact("Tandemly", 1, 60, 68, "Tandemly raised $3 million."));
    assertThat(MixedKindPeople.withoutMixed(facts))
        .hasSize(2)
        .noneMatch(fact -> fact instanceof PersonFact);
  }

  @Test
  void aRoleOrAFullNameKeepsThePerson() {
    List<Fact> facts = List.of(
        person("Quillo", "artist"),
        new OrganizationFact("Quillo", 1, 40, 46, "Quillo Studio opened in May."),
        person("Ann Quillo", null),
        new PlaceFact("Ann Quillo", null, null, 1, 60, 70, "Ann Quillo Park reopened."),
        person("Tom", null));
    assertThat(MixedKindPeople.withoutMixed(facts)).isEqualTo(facts);
  }
}
