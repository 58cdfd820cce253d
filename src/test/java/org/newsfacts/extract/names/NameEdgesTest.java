package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.MentionType;

class NameEdgesTest {
  private static String trimmed(MentionType type, String name) {
    return name.substring(NameEdges.leadingNoise(type, name));
  }

  @Test
  void dashBeforeABylineNameIsNotPartOfIt() {
    assertThat(trimmed(MentionType.PERSON, "-- Harry Milling")).isEqualTo("Harry Milling");
    assertThat(trimmed(MentionType.PERSON, "\u2014 Amra Kevic")).isEqualTo("Amra Kevic");
  }

  @Test
  void monthBeforeAnOrganisationIsNotPartOfIt() {
    assertThat(trimmed(MentionType.ORGANIZATION, "August National Association of Purchasing Management"))
        .isEqualTo("National Association of Purchasing Management");
  }

  @Test
  void organisationLosesItsArticle() {
    assertThat(trimmed(MentionType.ORGANIZATION, "The Fed")).isEqualTo("Fed");
  }

  @Test
  void aMonarchsOrAPopesTitleIsNotPartOfTheName() {
    assertThat(trimmed(MentionType.PERSON, "Pope Ansel")).isEqualTo("Ansel");
    assertThat(trimmed(MentionType.PERSON, "Queen Maren I")).isEqualTo("Maren I");
    assertThat(trimmed(MentionType.PERSON, "King")).isEqualTo("King");
    assertThat(trimmed(MentionType.ORGANIZATION, "King Lindqvar Ltd")).isEqualTo("King Lindqvar Ltd");
  }

  @Test
  void peopleNamedLikeMonthsAndPlacesWithArticlesKeepTheirNames() {
    assertThat(trimmed(MentionType.PERSON, "April Ryan")).isEqualTo("April Ryan");
    assertThat(trimmed(MentionType.LOCATION, "The Hague")).isEqualTo("The Hague");
  }

  @Test
  void aNameIsNeverTrimmedToNothing() {
    assertThat(trimmed(MentionType.ORGANIZATION, "The ")).isEqualTo("The ");
    assertThat(trimmed(MentionType.ORGANIZATION, "May")).isEqualTo("May");
  }

  @Property
  void whatIsLeftIsAlwaysATailOfTheName(@ForAll String name) {
    for (MentionType type : new MentionType[] {MentionType.PERSON, MentionType.LOCATION, MentionType.ORGANIZATION}) {
      int cut = NameEdges.leadingNoise(type, name);
      assertThat(cut).isBetween(0, name.length());
      if (!name.isEmpty()) {
        assertThat(cut).isLessThan(name.length());
      }
    }
  }
}
