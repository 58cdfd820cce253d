package org.newsfacts.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class DateRangesTest {
  @Property
  void aDayLiesInItsMonthAndItsYear(@ForAll @DateRange(min = "1900-01-01", max = "2100-12-31") LocalDate day) {
    int epochDay = (int) day.toEpochDay();
    DateRanges.DayRange exact = DateRanges.parse(day.toString());
    DateRanges.DayRange month = DateRanges.parse(day.toString().substring(0, 7));
    DateRanges.DayRange year = DateRanges.parse(day.toString().substring(0, 4));
    assertThat(exact.first()).isEqualTo(epochDay).isEqualTo(exact.last());
    assertThat(epochDay).isBetween(month.first(), month.last()).isBetween(year.first(), year.last());
    assertThat(month.last() - month.first() + 1).isEqualTo(day.lengthOfMonth());
  }

  @Test
  void readsCalendarTimexValuesAndSkipsVagueOnes() {
    assertThat(DateRanges.ofTimex("2024-01")).isEqualTo(DateRanges.parse("2024-01"));
    assertThat(DateRanges.ofTimex("2024-09-27T10:00")).isEqualTo(DateRanges.parse("2024-09-27"));
    assertThat(DateRanges.ofTimex("2024-W05")).isNull();
    assertThat(DateRanges.ofTimex("PRESENT_REF")).isNull();
    assertThat(DateRanges.ofTimex("2024-02-30")).isNull();
  }

  @Test
  void rejectsOtherFormatsWithOneLine() {
    assertThatThrownBy(() -> DateRanges.parse("27/09/2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a date (expected YYYY-MM-DD, YYYY-MM or YYYY): 27/09/2024");
    assertThatThrownBy(() -> DateRanges.parse("2024-13")).hasMessage("not a valid date: 2024-13");
  }
}
