package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationAdjectivesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the two firms ended their decades-long feud over the name | decades-long | PXY",
        "after a day-long meeting with the unions | day-long | P1D",
        "a week-long strike closed the port | week-long | P1W",
        "months-long talks on the budget | months-long | PXM",
        "she followed a several-year stint as editor | several-year | PXY",
        "a multi-year contract for the striker | multi-year | PXY",
        "an hours-long standoff with police | hours-long | PTXH",
        "the decade-long war in the north | decade-long | P10Y",
        "centuries-long traditions of the valley | centuries-long | PXC",
      })
  void readsLengthsWrittenAsAdjectives(String sentence, String expected, String value) {
    Matcher m = DurationAdjectives.LENGTH.matcher(sentence);
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo(expected);
    assertThat(DurationAdjectives.value(m)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "a 22-year-old man was arrested",
    "the six-month-old boy",
    "a long-term plan",
    "a year-long-term deal",
    "the day long ago",
  })
  void leavesOtherWordsAlone(String sentence) {
    assertThat(DurationAdjectives.LENGTH.matcher(sentence).find()).isFalse();
  }
}
