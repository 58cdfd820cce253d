package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * SUTime reads only the stretches around date words ({@link TimeGatedNer}); through the real
 * pipeline, dates far along a long sentence, next to amounts, or in a sentence of numbers alone
 * come out as CoreNLP would give them.
 */
class TimeGatedNerTest {
  private static List<Mention> mentions(String text) {
    return FactExtractor.shared()
        .extract(new Article("t", "t.txt", null, List.of(), "1987-02-26", text))
        .mentions();
  }

  private static Object value(List<Mention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().value();
  }

  @Test
  void dateAtTheEndOfALongSentenceOfAmounts() {
    List<Mention> found =
        mentions(
            "The company , which makes valves , pumps and fittings for the oil , gas and chemical"
                + " industries in Texas and Oklahoma , said its net income rose to 40 mln dlrs , or"
                + " 1.20 dlrs a share , from 31.5 mln dlrs , or 95 cts a share , on sales of 1.2"
                + " billion dlrs in the fourth quarter of 1986 .");
    assertThat(found)
        .filteredOn(m -> m.type() == MentionType.DATE)
        .extracting(Mention::text, Mention::value)
        .containsExactly(tuple("the fourth quarter of 1986", "1986-Q4"));
    assertThat(value(found, "40 mln dlrs")).isEqualTo(new BigDecimal("40000000"));
    assertThat(value(found, "1.2 billion dlrs")).isEqualTo(new BigDecimal("1200000000"));
  }

  @Test
  void sentenceWithoutDateWordsKeepsItsAmounts() {
    List<Mention> found = mentions("Shr loss 51 cts vs loss three cts\nNet loss 7,041,000 vs profit 15 pct\n");
    assertThat(found).noneMatch(m -> m.type() == MentionType.DATE || m.type() == MentionType.DURATION);
    assertThat(found)
        .extracting(Mention::type, Mention::text)
        .contains(tuple(MentionType.NUMBER, "7,041,000"), tuple(MentionType.PERCENT, "15 pct"));
  }

  @Test
  void durationsAndRelativeDatesNextToNumbers() {
    List<Mention> found = mentions("Sales rose 12 pct in the 12 months to January and fell two weeks ago .");
    assertThat(found)
        .extracting(Mention::type, Mention::text)
        .contains(
            tuple(MentionType.PERCENT, "12 pct"),
            tuple(MentionType.DURATION, "the 12 months"),
            tuple(MentionType.DATE, "January"));
    assertThat(value(found, "two weeks ago")).isEqualTo("1987-02-12");
  }
}
