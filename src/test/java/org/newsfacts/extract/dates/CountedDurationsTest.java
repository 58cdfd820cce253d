package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedDurationsTest {
  @ParameterizedTest
  @CsvSource({
    "3 1/2 hours, PT3H30M",
    "2 1/2 years, P2Y6M",
    "4 1/2 days, P4DT12H",
    "two more weeks, P2W",
    "15 more years, P15Y",
    "three more hours, PT3H",
    "Six more months, P6M",
  })
  void theCountInFrontGivesTheLength(String text, String expected) {
    Matcher m = CountedDurations.COUNTED.matcher(text);
    assertThat(m.matches()).isTrue();
    assertThat(CountedDurations.value(m)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1 1/2 weeks", "2 1/2 months"})
  void halfAWeekOrMonthHasNoExactValue(String text) {
    Matcher m = CountedDurations.COUNTED.matcher(text);
    assertThat(m.matches()).isTrue();
    assertThat(CountedDurations.value(m)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"two more players", "more years", "5 1/2 percent"})
  void otherPhrasesAreNoDurations(String text) {
    assertThat(CountedDurations.COUNTED.matcher(text).find()).isFalse();
  }
}
