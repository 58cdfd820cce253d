package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class OrganisationHeadsTest {
  private static final OrganisationHeads HEADS =
      // Like the gazetteer's, the test's lookup ignores a leading article: "The Dutch" is a nationality.
      new OrganisationHeads(w -> Set.of("Dutch", "Norwegian", "South Korean").contains(w.replaceFirst("^The ", "")));

  @Test
  void aNationalityInFrontOfAnOrganisationNamedByItsHeadIsPartOfIt() {
    String text = "Jets of the Norwegian Air Force and the South Korean Democratic Party met the Dutch Red Cross.\nThe Dutch Labour Party agreed.";
    List<Mention> resolved =
        HEADS.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Air Force"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Democratic Party"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Red Cross"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Labour Party")),
            text);
    // "Red Cross" has no head word: the nationality may be a description ("the Dutch branch").
    assertThat(resolved).extracting(Mention::text).containsExactly("Norwegian Air Force", "South Korean Democratic Party", "Red Cross", "Dutch Labour Party");
  }

  @Test
  void aPlaceFollowedByWordsEndingInAHeadIsTheOrganisation() {
    String text = "She studied at Ohio Valley Teachers College and later in Ohio Valley towns.";
    List<Mention> resolved =
        HEADS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Ohio Valley"),
                NameMentions.last(MentionType.LOCATION, text, "Ohio Valley")),
            text);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Ohio Valley Teachers College"), tuple(MentionType.LOCATION, "Ohio Valley"));
  }

  @Test
  void aNameEndingInAHeadIsAnOrganisationWhateverTheTaggerSaid() {
    String text = "Shares of Brandt Metals Corp. rose while Fort Collins stayed calm and Okafor Bros. fell.";
    List<Mention> resolved =
        HEADS.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Brandt Metals Corp."),
                NameMentions.first(MentionType.LOCATION, text, "Fort Collins"),
                NameMentions.first(MentionType.PERSON, text, "Okafor Bros.")),
            text);
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(MentionType.ORGANIZATION, MentionType.LOCATION, MentionType.ORGANIZATION);
  }

  @Test
  void aPlaceAfterAnInstitutionAndOfBelongsToIt() {
    String text = "Tests at the University of Lyon began. Harvard. The Council of Europe met. He lives in Lyon.";
    List<Mention> resolved =
        HEADS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Lyon"),
                NameMentions.first(MentionType.LOCATION, text, "Europe"),
                NameMentions.last(MentionType.LOCATION, text, "Lyon")),
            text);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "University of Lyon"),
            tuple(MentionType.ORGANIZATION, "Council of Europe"),
            tuple(MentionType.LOCATION, "Lyon"));
  }

  @Test
  void placesThatEndLikeOrganisationsStayPlaces() {
    String text = "Settlers in the West Bank and a clinic at Mercy Hospital.";
    List<Mention> resolved =
        HEADS.resolve(
            List.of(NameMentions.first(MentionType.LOCATION, text, "West Bank"), NameMentions.first(MentionType.LOCATION, text, "Mercy Hospital")),
            text);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.LOCATION);
  }
}
