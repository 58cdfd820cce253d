package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.PersonFact;

/** A name the article gives a storm is the storm's wherever it stands alone. */
class StormNamesTest {
  private static PersonFact person(String name) {
    return new PersonFact(name, null, 1, 0, name.length(), name + " left the coast.");
  }

  @Test
  void theNameOfAStormTheArticleNamesIsNoPerson() {
    String text = "Hurricane Wendel reached the coast on Monday. Wendel's toll is not known yet.";
    assertThat(StormNames.withoutStorms(List.<Fact>of(person("Wendel")), text)).isEmpty();
    String superstorm = "After Superstorm Wendel, the ferry ran again. Wendel cut power to 8,000 homes.";
    assertThat(StormNames.withoutStorms(List.<Fact>of(person("Wendel")), superstorm)).isEmpty();
  }

  @Test
  void aPersonOfTheSameNameInAnArticleWithoutTheStormIsKept() {
    String text = "Wendel said the ferry would run again on Monday.";
    List<Fact> facts = List.<Fact>of(person("Wendel"), person("Ann Wendel"));
    assertThat(StormNames.withoutStorms(facts, text)).isEqualTo(facts);
  }
}
