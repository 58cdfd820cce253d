package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class QuotedNicknamesTest {
  @Test
  void aQuotedNicknameBetweenTheNamesBelongsToThePerson() {
    String text = "Ned \"The Hammer of Leith\" Arbuthnot met Lena “Sparrow” May in May.";
    List<Mention> mentions =
        List.of(
            NameMentions.first(MentionType.PERSON, text, "Ned"),
            NameMentions.first(MentionType.PERSON, text, "Arbuthnot"),
            NameMentions.first(MentionType.PERSON, text, "Lena"),
            NameMentions.first(MentionType.DATE, text, "May"),
            NameMentions.last(MentionType.DATE, text, "May"));
    assertThat(QuotedNicknames.resolve(mentions, text))
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.PERSON, "Ned \"The Hammer of Leith\" Arbuthnot"),
            tuple(MentionType.PERSON, "Lena “Sparrow” May"),
            tuple(MentionType.DATE, "May"));
  }

  @Test
  void aQuotationAfterAPersonIsNoNickname() {
    String text = "Said Ada Pell: \"we will win\" Tuesday, and Tom Reed \"agreed\" with her.";
    List<Mention> mentions =
        List.of(
            NameMentions.first(MentionType.PERSON, text, "Ada Pell"),
            NameMentions.first(MentionType.PERSON, text, "Tom Reed"));
    assertThat(QuotedNicknames.resolve(mentions, text)).isEqualTo(mentions);
  }
}
