package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class SurnamesTest {
  private static Mention mention(MentionType type, String text, int start) {
    return new Mention(type, start, start + text.length(), text, null, null, null, null, null, 0);
  }

  @Test
  void placeNamedLikeAPersonInTheArticleBecomesThePerson() {
    List<Mention> retyped =
        Surnames.retyped(
            List.of(
                mention(MentionType.PERSON, "MaliVai Washington", 0),
                mention(MentionType.LOCATION, "Washington", 40),
                mention(MentionType.LOCATION, "Paris", 60)));
    assertThat(retyped)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.PERSON, "MaliVai Washington"),
            tuple(MentionType.PERSON, "Washington"),
            tuple(MentionType.LOCATION, "Paris"));
  }

  @Test
  void withoutAFullNameThePlaceStays() {
    List<Mention> mentions =
        List.of(mention(MentionType.PERSON, "Washington", 0), mention(MentionType.LOCATION, "Washington", 30));
    assertThat(Surnames.retyped(mentions)).isEqualTo(mentions);
  }

  @Test
  void organisationNamedAfterTheSurnameBecomesThePersonToo() {
    List<Mention> retyped =
        Surnames.retyped(
            List.of(mention(MentionType.PERSON, "Ken Kraft", 0), mention(MentionType.ORGANIZATION, "Kraft", 20)));
    assertThat(retyped.get(1).type()).isEqualTo(MentionType.PERSON);
  }

  @Test
  void longerPlaceNamesAreLeftAlone() {
    List<Mention> mentions =
        List.of(mention(MentionType.PERSON, "George Washington", 0), mention(MentionType.LOCATION, "Washington State", 30));
    assertThat(Surnames.retyped(mentions)).isEqualTo(mentions);
  }
}
