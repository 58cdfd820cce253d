package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.PersonFact;

/** Two capital letters alone are a code ("St. Louis, MO"), no person. */
class LetterCodesTest {
  private static PersonFact person(String name) {
    return new PersonFact(name, null, 1, 0, name.length(), "Headquarters: Harbour Town, " + name);
  }

  @Test
  void twoCapitalLettersGiveNoPersonFact() {
    assertThat(LetterCodes.withoutCodes(List.of(person("MO"), person("MR")))).isEmpty();
  }

  @Test
  void initialsWithStopsThreeLettersAndNamesStay() {
    List<Fact> facts = List.of(person("K.J. Choi"), person("JFK"), person("Al"), person("Ann Lee"));
    assertThat(LetterCodes.withoutCodes(facts)).isEqualTo(facts);
  }
}
