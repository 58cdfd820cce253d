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

  @Test
  void aOneWordPersonThatOpensAnOrganisationsNameIsTheBrand() {
    String text = "Elementor AI writes the copy. Bring it to life with Elementor.";
    List<Fact> facts = List.of(
        new OrganizationFact("Elementor AI", 1, 0, 12, "Elementor AI writes the copy."),
        new PersonFact("Elementor", null, 3, 51, 60, "Bring it to life with Elementor."));
    assertThat(MixedKindPeople.withoutMixed(facts, text)).noneMatch(fact -> fact instanceof PersonFact);
  }

  @Test
  void anHonorificAFullNameOrAMisreadPersonKeepsTheOneWordPerson() {
    String text = "As Mr Quillo said, Quillo Motors will sell the car.";
    List<Fact> honorific = List.of(
        new OrganizationFact("Quillo Motors", 1, 19, 32, text),
        new PersonFact("Quillo", null, 2, 6, 12, text));
    assertThat(MixedKindPeople.withoutMixed(honorific, text)).isEqualTo(honorific);

    List<Fact> fullName = List.of(
        new OrganizationFact("Quillo Motors", 1, 19, 32, text),
        new PersonFact("Ann Quillo", null, 1, 50, 60, "Ann Quillo drove it."),
        new PersonFact("Quillo", null, 2, 70, 76, "Quillo smiled."));
    assertThat(MixedKindPeople.withoutMixed(fullName, text + " ".repeat(40))).isEqualTo(fullName);

    List<Fact> misread = List.of(
        new OrganizationFact("Tom Quillo", 1, 0, 10, "Tom Quillo sang."),
        new PersonFact("Quillo", null, 2, 20, 26, "Quillo smiled."),
        new PersonFact("Tom", null, 1, 30, 33, "I asked Tom."));
    assertThat(MixedKindPeople.withoutMixed(misread, " ".repeat(40))).isEqualTo(misread);
  }
}
