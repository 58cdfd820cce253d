package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnaphoricDatesTest {
  @ParameterizedTest
  @CsvSource({
    "2011-03-14, later that year, 2011",
    "2011-03, that year, 2011",
    "2011-03-14, Earlier that day, 2011-03-14",
    "2011-03-14T21:00, that same day, 2011-03-14",
    "2011-03-14, that month, 2011-03",
    "2011-03-14, that same week, 2011-W11",
    "2011, the following year, 2012",
    "2011-12, The following month, 2012-01",
    "2011-12-31, the next day, 2012-01-01",
    "2011-03-14, the following week, 2011-W12",
    "2011, the previous year, 2010",
    "2012-01, the preceding month, 2011-12",
    "2011-03-01, the prior day, 2011-02-28",
    "2011-03-14, the same day, 2011-03-14",
    "2011-03-14, the same month, 2011-03",
    "2011-03-18, the previous Friday, 2011-03-11",
    "2011-03-18, the following Monday, 2011-03-21",
    "2011-03-16, the preceding Sunday, 2011-03-13",
  })
  void countsFromTheLastDateNamed(String reference, String text, String expected) {
    AnaphoricDates dates = new AnaphoricDates();
    dates.remember(reference);
    assertThat(dates.resolve(text)).contains(expected);
  }

  @Test
  void theLatestSpecificDateIsTheReference() {
    AnaphoricDates dates = new AnaphoricDates();
    dates.remember("2007-05-02");
    dates.remember("2009");
    dates.remember("PRESENT_REF");
    dates.remember("P3D");
    assertThat(dates.resolve("later that year")).contains("2009");
  }

  @Test
  void aReferenceLessPreciseThanTheUnitGivesNothing() {
    AnaphoricDates dates = new AnaphoricDates();
    dates.remember("2009");
    assertThat(dates.resolve("that same day")).isEmpty();
    assertThat(dates.resolve("that month")).isEmpty();
  }

  @Test
  void withoutAnyDateBeforeItThereIsNoValue() {
    assertThat(new AnaphoricDates().resolve("the following year")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"that day", "the next year", "next month", "the year", "that year-end bonus", "this year"})
  void otherPhrasesAreNotAnaphoric(String text) {
    assertThat(AnaphoricDates.isAnaphoric(text)).isFalse();
  }

  @Property
  void theFollowingDayIsAlwaysTheDayAfterTheReference(
      @ForAll @IntRange(min = 1900, max = 2100) int year, @ForAll @IntRange(min = 1, max = 365) int dayOfYear) {
    LocalDate day = LocalDate.ofYearDay(year, dayOfYear);
    AnaphoricDates dates = new AnaphoricDates();
    dates.remember(day.toString());
    assertThat(dates.resolve("the following day")).contains(day.plusDays(1).toString());
    assertThat(dates.resolve("that same day")).contains(day.toString());
  }
}
