package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

class HolidaysTest {

  @ParameterizedTest(name = "{1} ({2}) from {3} -> {4}")
  @CsvSource({
    "2000-11-23, Thanksgiving Day, PAST, 2000-01-07, 1999-11-25",
    "1999-11-25, Thanksgiving, FUTURE, 2000-01-07, 2000-11-23",
    "2000-12-25, Christmas, PAST, 2000-01-07, 1999-12-25",
    "1999-12-25, Christmas, FUTURE, 2000-01-07, 2000-12-25",
    "2000-12-25, Christmas, PRESENT, 2000-01-07, 2000-12-25",
  })
  void holidaysFollowTheTense(String value, String text, Tense tense, String published, String expected) {
    assertThat(Holidays.named(text)).isTrue();
    assertThat(Holidays.resolve(value, text, tense, LocalDate.parse(published))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Christmas 1998", "Tuesday"})
  void aYearOrNoHolidayIsLeftAlone(String text) {
    assertThat(Holidays.named(text)).isFalse();
  }
}
