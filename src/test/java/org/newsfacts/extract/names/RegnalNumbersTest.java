package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class RegnalNumbersTest {
  @Test
  void aMonarchsNumberBelongsToTheName() {
    String text = "1603 - Queen Maren I died, and Ottokar IV took the crown.";
    List<Mention> resolved =
        RegnalNumbers.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Maren"),
                NameMentions.first(MentionType.PERSON, text, "Ottokar")),
            text);
    assertThat(resolved).extracting(Mention::text).containsExactly("Maren I", "Ottokar IV");
  }

  @Test
  void aPronounAfterANameInFullOrAWordStaysOutButAFamilysNumberIsIn() {
    String text = "\"Thank you, Ann Lee I said,\" he wrote to Ann Lee Inc and Ben Roe III in May.";
    List<Mention> mentions =
        List.of(
            NameMentions.first(MentionType.PERSON, text, "Ann Lee"),
            NameMentions.last(MentionType.PERSON, text, "Ann Lee"),
            NameMentions.first(MentionType.PERSON, text, "Ben Roe"));
    assertThat(RegnalNumbers.resolve(mentions, text))
        .extracting(Mention::text)
        .containsExactly("Ann Lee", "Ann Lee", "Ben Roe III");
  }
}
