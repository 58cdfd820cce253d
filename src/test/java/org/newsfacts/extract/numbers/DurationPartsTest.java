package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationPartsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          2 hours 5 minutes                 | 2 hour, 5 minute
          eleven years and three months     | 11 year, 3 month
          3 hrs, 12 mins                    | 3 hour, 12 minute
          1 minute 0.4 seconds              | 1 minute, 0.4 second
          an hour and 20 minutes            | 20 minute
          two and a half years              | 2.5 year
          """)
  void splitsALengthWrittenInSeveralUnits(String written, String parts) {
    assertThat(DurationParts.in(written))
        .extracting(p -> p.value().stripTrailingZeros().toPlainString() + " " + p.unit())
        .containsExactly(parts.split(", "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a minute and a half", "a day and a half"})
  void leavesAloneALengthWithAFractionAfterItsUnit(String written) {
    assertThat(DurationParts.in(written)).isEmpty();
  }

  @CsvSource(delimiter = '|', textBlock = "four hours 20 minutes | 11 | 21")
  @ParameterizedTest
  void placesEachPieceInTheWrittenText(String written, int secondStart, int secondEnd) {
    assertThat(DurationParts.in(written).get(1))
        .extracting(DurationParts.Part::start, DurationParts.Part::end)
        .containsExactly(secondStart, secondEnd);
  }
}
