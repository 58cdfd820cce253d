package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class TeamContextsTest {
  private static final TeamContexts TEAMS = new TeamContexts(name -> name.equals("Velmar"));

  @Test
  void aPlaceThatWinsOrLosesIsItsClubAndSoIsTheClubsOtherMention() {
    String text = "Harrowby beat Colton by two runs in Colton. Harrowby's lead grew.";
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Harrowby"),
                NameMentions.first(MentionType.LOCATION, text, "Colton"),
                NameMentions.last(MentionType.LOCATION, text, "Colton"),
                NameMentions.last(MentionType.LOCATION, text, "Harrowby")),
            text);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Harrowby"),
            tuple(MentionType.ORGANIZATION, "Colton"),
            tuple(MentionType.LOCATION, "Colton"),
            tuple(MentionType.ORGANIZATION, "Harrowby"));
  }

  @Test
  void theClubsPeopleAfterThePlaceMakeItTheClub() {
    String text = "\"We were unlucky,\" said Dunmore manager Ann Lee.";
    List<Mention> resolved =
        TEAMS.resolve(List.of(NameMentions.first(MentionType.LOCATION, text, "Dunmore")), text);
    assertThat(resolved).extracting(Mention::type).containsExactly(MentionType.ORGANIZATION);
  }

  @Test
  void aCountryAndAPlaceInOtherWordsStayPlaces() {
    String text = "Velmar beat the hosts 2-1 after a storm swept over Dunmore.";
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Velmar"),
                NameMentions.first(MentionType.LOCATION, text, "Dunmore")),
            text);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.LOCATION);
  }

  @Test
  void aDrawALeadOrALoanSaysTheClub() {
    String text = "Harrowby were held to a draw by Colton, Ann Lee came on loan from Dunmore, "
        + "and a late goal gave Selwick a 2-1 lead.";
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Colton"),
                NameMentions.first(MentionType.LOCATION, text, "Dunmore"),
                NameMentions.first(MentionType.LOCATION, text, "Selwick")),
            text);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.ORGANIZATION);
  }

  @Test
  void aPlaceGivenSomethingOtherThanALeadStaysAPlace() {
    String text = "The storm gave Colton a 3-day holiday and left a drawing at Dunmore.";
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Colton"),
                NameMentions.first(MentionType.LOCATION, text, "Dunmore")),
            text);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.LOCATION);
  }

  @Test
  void aPlayersPostAndWhatHeScoredForSayTheClub() {
    String text = "Dunmore goalie Ann Lee made 30 saves, Bo Kent hit two homers for Harrowby, "
        + "and Tessen had beaten Colton in the semifinal.";
    List<Mention> resolved =
        TEAMS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Dunmore"),
                NameMentions.first(MentionType.LOCATION, text, "Harrowby"),
                NameMentions.first(MentionType.LOCATION, text, "Tessen"),
                NameMentions.first(MentionType.LOCATION, text, "Colton")),
            text);
    // "Tessen had beaten" says nothing of Tessen itself; "beaten Colton" says Colton is a club.
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Dunmore"),
            tuple(MentionType.ORGANIZATION, "Harrowby"),
            tuple(MentionType.LOCATION, "Tessen"),
            tuple(MentionType.ORGANIZATION, "Colton"));
  }
}
