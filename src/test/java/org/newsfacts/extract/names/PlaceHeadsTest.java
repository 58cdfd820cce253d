package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class PlaceHeadsTest {
  // "Ann" and "Sarah" are first names, as CoreNLP's list has them.
  private static final PlaceHeads HEADS = new PlaceHeads(word -> word.equals("Ann") || word.equals("Sarah"));

  @Test
  void aPersonOfThreeWordsWhoseSurnameIsAHeadStaysAPerson() {
    String text = "Sarah Nolde Beach said Harlow Beach was closed.";
    List<Mention> resolved =
        HEADS.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Sarah Nolde Beach"),
                NameMentions.first(MentionType.PERSON, text, "Harlow Beach")),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.PERSON, "Sarah Nolde Beach"), tuple(MentionType.LOCATION, "Harlow Beach"));
  }

  @Test
  void aNameEndingInAKindOfPlaceIsAPlace() {
    String text = "The Harlow Gym stands on Milner Avenue, near Ann Lee Playfield and Ben Hill.";
    List<Mention> resolved =
        HEADS.resolve(
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
    List<Mention> resolved = HEADS.resolve(List.of(), NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text, Mention::start)
        .containsExactly(
            tuple(MentionType.LOCATION, "Tarrow Street", 4),
            tuple(MentionType.LOCATION, "Q Street", text.indexOf("Q Street")));
  }
}
