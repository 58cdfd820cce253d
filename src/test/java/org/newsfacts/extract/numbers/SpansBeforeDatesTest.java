package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpansBeforeDatesTest {

  @ParameterizedTest(name = "\"{0}\" starts with {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          76.1 years in 2021     | 76.1 | year  | 10
          77.5 years in 2022     | 77.5 | year  | 10
          14 months in 2019      | 14   | month | 9
          1,200 days since March | 1200 | day   | 10
          """)
  void readsTheSpanADateStartsWith(String written, String value, String unit, int end) {
    assertThat(SpansBeforeDates.in(written)).hasValueSatisfying(span -> {
      assertThat(span.value()).isEqualByComparingTo(value);
      assertThat(span.unit()).isEqualTo(unit);
      assertThat(span.start()).isZero();
      assertThat(span.end()).isEqualTo(end);
    });
  }

  @ParameterizedTest(name = "no span in \"{0}\"")
  @ValueSource(strings = {"March 2021", "two years ago", "the year 2021", "in 2021", "2021 in March", "5 years ago"})
  void aDateWithoutASpanBeforeItHasNone(String written) {
    assertThat(SpansBeforeDates.in(written)).isEmpty();
  }

  @Property
  void anyDecimalNumberOfYearsBeforeAYearIsThatSpan(
      @ForAll @BigRange(min = "0.1", max = "9999") @Scale(1) BigDecimal years) {
    String written = years.toPlainString() + " years in 2021";

    assertThat(SpansBeforeDates.in(written)).hasValueSatisfying(span -> {
      assertThat(span.value()).isEqualByComparingTo(years);
      assertThat(written.substring(span.start(), span.end())).isEqualTo(years.toPlainString() + " years");
    });
  }
}
