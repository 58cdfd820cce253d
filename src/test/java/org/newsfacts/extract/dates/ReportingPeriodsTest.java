package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

class ReportingPeriodsTest {
  private static final LocalDate OCTOBER_1989 = LocalDate.of(1989, 10, 30);

  @ParameterizedTest(name = "\"{0}\" ({1}) in late October 1989 -> {2}")
  @CsvSource({
    "the quarter, PAST, 1989-Q3",
    "the latest quarter, PAST, 1989-Q3",
    "the latest period, PRESENT, 1989-Q3",
    "the quarter, FUTURE, 1989-Q4",
    "the current quarter, PAST, 1989-Q4",
    "this quarter, PRESENT, 1989-Q4",
    "this quarter, PAST, 1989-Q3",
    "third-quarter, PAST, 1989-Q3",
    "third-quarter, FUTURE, 1989-Q3",
    "the fourth quarter, PAST, 1989-Q4",
    "the fourth quarter, FUTURE, 1989-Q4",
    "next year's first quarter, FUTURE, 1990-Q1",
  })
  void quartersWithoutAYear(String text, Tense tense, String expected) {
    assertThat(ReportingPeriods.quarter(text, tense, OCTOBER_1989)).isEqualTo(expected);
  }

  @Test
  void aQuarterNotBegunInAPastTenseSentenceIsLastYears() {
    assertThat(ReportingPeriods.quarter("the fourth quarter", Tense.PAST, LocalDate.of(1989, 8, 1)))
        .isEqualTo("1988-Q4");
  }

  @Test
  void aYearInTheTextIsLeftToTheTagger() {
    assertThat(ReportingPeriods.quarter("the third quarter of 1987", Tense.PAST, OCTOBER_1989))
        .isNull();
  }

  @Test
  void quarterArithmetic() {
    assertThat(ReportingPeriods.previous("1990-Q1")).isEqualTo("1989-Q4");
    assertThat(ReportingPeriods.yearBefore("1989-Q3")).isEqualTo("1988-Q3");
    assertThat(ReportingPeriods.of(LocalDate.of(2024, 9, 30))).isEqualTo("2024-Q3");
  }

  @ParameterizedTest
  @CsvSource({
    "a year ago, true",
    "A year earlier, true",
    "the year-earlier quarter, true",
    "the year-ago period, true",
    "the corresponding period last year, true",
    "last year's quarter, true",
    "last year, false",
    "four years ago, false",
  })
  void yearAgoComparisons(String text, boolean expected) {
    assertThat(ReportingPeriods.isYearAgo(text)).isEqualTo(expected);
  }
}
