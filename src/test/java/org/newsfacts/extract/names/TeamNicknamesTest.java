package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class TeamNicknamesTest {
  @Test
  void aClubCalledByItsPluralAloneIsTheClub() {
    String text = "The Tessen Rangers beat Colton. Harlow pitched well against the Rangers, and Rangers fans cheered.";
    List<Mention> resolved =
        new TeamNicknames(name -> false).resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Tessen Rangers"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Colton")),
            NameMentions.oneSentence(text));
    // Only after "the": "Rangers fans" may be anyone's.
    assertThat(resolved)
        .extracting(Mention::type, Mention::text, Mention::start)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Tessen Rangers", 4),
            tuple(MentionType.ORGANIZATION, "Colton", text.indexOf("Colton")),
            tuple(MentionType.ORGANIZATION, "Rangers", text.indexOf("the Rangers") + 4));
  }

  @Test
  void aCompanysTradeOrLegalFormIsNoNickname() {
    String text = "Norvale Airlines and Kobb Holdings merged; the Airlines and the Holdings staff agreed.";
    List<Mention> tagged =
        List.of(
            NameMentions.first(MentionType.ORGANIZATION, text, "Norvale Airlines"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Kobb Holdings"));
    assertThat(new TeamNicknames(name -> false).resolve(tagged, NameMentions.oneSentence(text))).isEqualTo(tagged);
  }

  @Test
  void aNicknameAfterThePlaceIsTheClubInAStoryOfClubs() {
    String text = "The Harlow Sun beat the Tessen Rangers. Ann Lee scored for the Sun. Rangers coach Bo Kent left.";
    Predicate<String> places = name -> name.equals("Harlow") || name.equals("Tessen");
    List<Mention> resolved =
        new TeamNicknames(places).resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Harlow Sun"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Tessen Rangers"),
                NameMentions.first(MentionType.PERSON, text, "Ann Lee"),
                NameMentions.first(MentionType.PERSON, text, "Bo Kent")),
            NameMentions.oneSentence(text));
    // "Sun" is no plural: a nickname only because "Tessen Rangers" makes this a story of clubs.
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Harlow Sun"),
            tuple(MentionType.ORGANIZATION, "Tessen Rangers"),
            tuple(MentionType.PERSON, "Ann Lee"),
            tuple(MentionType.ORGANIZATION, "Sun"),
            tuple(MentionType.ORGANIZATION, "Rangers"),
            tuple(MentionType.PERSON, "Bo Kent"));
  }

  @Test
  void aCompanyNamedAfterAPlaceGivesNoNickname() {
    String text = "Harlow Steel rose. Shares of the Steel maker and the Steel unit gained.";
    List<Mention> tagged = List.of(NameMentions.first(MentionType.ORGANIZATION, text, "Harlow Steel"));
    assertThat(new TeamNicknames(name -> name.equals("Harlow")).resolve(tagged, NameMentions.oneSentence(text)))
        .isEqualTo(tagged);
  }

  @Test
  void aHeadlineInCapitalsNamesTheClubByItsNickname() {
    String text = "HOCKEY - RED WINGS SWEEP CAPITALS\nThe Tessen Red Wings beat the Harlow Capitals 4-1.";
    AnnotatedText lines = SpacedLines.lines(text);
    List<Mention> resolved =
        new TeamNicknames(name -> name.equals("Tessen") || name.equals("Harlow")).resolve(
            List.of(
                SpacedLines.in(1, MentionType.ORGANIZATION, text, "Tessen Red Wings"),
                SpacedLines.in(1, MentionType.ORGANIZATION, text, "Harlow Capitals")),
            lines);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "RED WINGS"),
            tuple(MentionType.ORGANIZATION, "CAPITALS"),
            tuple(MentionType.ORGANIZATION, "Tessen Red Wings"),
            tuple(MentionType.ORGANIZATION, "Harlow Capitals"));
  }
}
