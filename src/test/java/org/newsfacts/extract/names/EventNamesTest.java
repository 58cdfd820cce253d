package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class EventNamesTest {
  @Test
  void aNameBeforeAnEventWordIsTheEvent() {
    String text = "Spain won the Fed Cup, and Ann Lee took the Velmar Open and the MTV Nordic Music Awards.";
    List<Mention> resolved =
        EventNames.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Spain"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Fed"),
                NameMentions.first(MentionType.PERSON, text, "Ann Lee"),
                NameMentions.first(MentionType.LOCATION, text, "Velmar"),
                NameMentions.first(MentionType.ORGANIZATION, text, "MTV Nordic")),
            text);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.LOCATION, "Spain"),
            tuple(MentionType.MISC, "Fed Cup"),
            tuple(MentionType.PERSON, "Ann Lee"),
            tuple(MentionType.MISC, "Velmar Open"),
            tuple(MentionType.MISC, "MTV Nordic Music Awards"));
  }

  @Test
  void aNameEndingInAnEventWordIsTheEvent() {
    String text = "She tied for third at the Lindqvar Open and won two Harlow Cups.";
    List<Mention> resolved =
        EventNames.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Lindqvar Open"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Harlow Cups")),
            text);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.MISC);
  }

  @Test
  void aPlaceBeforeOlympicsAndWordsInCapitalsOrLowerCaseStay() {
    String text = "FED CUP FINAL IN VELMAR . He boxed at the Munich Olympics and Tesla cup holders cheered.";
    List<Mention> mentions =
        List.of(
            NameMentions.first(MentionType.ORGANIZATION, text, "FED"),
            NameMentions.first(MentionType.LOCATION, text, "VELMAR"),
            NameMentions.first(MentionType.LOCATION, text, "Munich"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Tesla"));
    assertThat(EventNames.resolve(mentions, text)).isEqualTo(mentions);
  }
}
