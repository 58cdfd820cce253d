package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitSpellingsTest {

  @ParameterizedTest(name = "\"{0}\" is the {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          km                  | kilometre
          kilometers          | kilometre
          Kilometres          | kilometre
          miles per hour      | mile per hour
          mph                 | mile per hour
          sq ft               | square foot
          square feet         | square foot
          °F                  | degree fahrenheit
          degrees Fahrenheit  | degree fahrenheit
          per cent            | percent
          pct                 | percent
          percentage points   | percentage point
          lbs                 | pound
          km/h                | kilometre per hour
          km/hr               | kilometre per hour
          kmph                | kilometre per hour
          km2                 | square kilometre
          km²                 | square kilometre
          m2                  | square metre
          m³                  | cubic metre
          dm                  | decimetre
          μg                  | microgram
          microgrammes        | microgram
          square-metre        | square metre
          cubic-feet          | cubic foot
          mAh                 | milliampere hour
          magnitude           | magnitude
          """)
  void readsNewsSpellings(String written, String unit) {
    assertThat(UnitSpellings.of(written)).contains(unit);
  }

  @ParameterizedTest(name = "\"{0}\" is no unit")
  @ValueSource(strings = {"in", "troops", "s", "g", "people", "dollars", ""})
  void leavesOrdinaryWordsAlone(String written) {
    assertThat(UnitSpellings.of(written)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" starts with the {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          miles an hour from the coast | mile per hour
          square feet of office space  | square foot
          km north of the city         | kilometre
          """)
  void takesTheLongestSpellingAtTheStart(String text, String unit) {
    assertThat(UnitSpellings.atStart(text).map(UnitSpellings.Match::name)).contains(unit);
  }
}
