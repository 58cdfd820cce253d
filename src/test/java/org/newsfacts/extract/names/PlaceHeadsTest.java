package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class PlaceHeadsTest {
  @Test
  void aNameEndingInAKindOfPlaceIsAPlace() {
    String text = "The Harlow Gym stands on Milner Avenue, near Ann Lee Playfield and Ben Hill.";
    List<Mention> resolved =
        PlaceHeads.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Harlow Gym"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Milner Avenue"),
                NameMentions.first(MentionType.PERSON, text, "Ann Lee Playfield"),
                NameMentions.first(MentionType.PERSON, text, "Ben Hill")),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.LOCATION, "Harlow Gym"),
            tuple(MentionType.LOCATION, "Milner Avenue"),
            tuple(MentionType.LOCATION, "Ann Lee Playfield"),
            tuple(MentionType.PERSON, "Ben Hill"));
  }

  @Test
  void anUntaggedStreetIsAPlaceButNotTheStreetAloneNorAStreetInALongerName() {
    String text = "For Tarrow Street, the Street was calm. The Tarrow Street Journal said so on Q Street.";
    List<Mention> resolved = PlaceHeads.resolve(List.of(), NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text, Mention::start)
        .containsExactly(
            tuple(MentionType.LOCATION, "Tarrow Street", 4),
            tuple(MentionType.LOCATION, "Q Street", text.indexOf("Q Street")));
  }
}
