package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class TeamNicknamesTest {
  @Test
  void aClubCalledByItsPluralAloneIsTheClub() {
    String text = "The Tessen Rangers beat Colton. Harlow pitched well against the Rangers, and Rangers fans cheered.";
    List<Mention> resolved =
        TeamNicknames.resolve(
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
    assertThat(TeamNicknames.resolve(tagged, NameMentions.oneSentence(text))).isEqualTo(tagged);
  }
}
