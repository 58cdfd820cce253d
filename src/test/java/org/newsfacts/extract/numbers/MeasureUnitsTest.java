package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureUnitsTest {

  @ParameterizedTest(name = "{0} {1} is {3} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          5     | mile               | length      | 8046.72
          8     | kilometre          | length      | 8000
          1     | square foot        | area        | 0.09290304
          2     | acre               | area        | 8093.7128448
          10    | gallon             | volume      | 0.0378541178
          3     | tonne              | mass        | 3000
          200   | pound              | mass        | 90.718474
          60    | mile per hour      | speed       | 26.8224
          90    | minute             | time        | 5400
          212   | degree fahrenheit  | temperature | 373.15
          20    | degree celsius     | temperature | 293.15
          1.5   | kilowatt hour      | energy      | 5400000
          300   | horsepower         | power       | 223709.9621855
          2     | gigabyte           | data        | 16000000000
          """)
  void convertsToTheBaseUnitOfItsDimension(
      BigDecimal value, String unit, String dimension, BigDecimal si) {
    MeasureUnits.Measure measure = MeasureUnits.byName(unit).orElseThrow();

    assertThat(measure.dimension()).isEqualTo(dimension);
    assertThat(measure.toSi(value).doubleValue()).isCloseTo(si.doubleValue(), org.assertj.core.data.Percentage.withPercentage(1e-6));
  }

  @Property
  void milesAreLongerThanKilometresForAnyDistance(
      @ForAll @Scale(3) @BigRange(min = "0.001", max = "1e9") BigDecimal n) {
    BigDecimal miles = MeasureUnits.byName("mile").orElseThrow().toSi(n);
    BigDecimal kilometres = MeasureUnits.byName("kilometre").orElseThrow().toSi(n);

    assertThat(miles).isGreaterThan(kilometres);
    assertThat(kilometres).isEqualByComparingTo(n.multiply(BigDecimal.valueOf(1000)));
  }

  @Property
  void everySpellingOfAUnitOfMeasureNamesAKnownUnit(
      @ForAll("spellings") String spelling) {
    String name = UnitSpellings.of(spelling).orElseThrow();

    assertThat(QuantityUnit.named(name)).isPresent();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> spellings() {
    return net.jqwik.api.Arbitraries.of(
        "km", "kilometers", "Kilometres", "mph", "miles an hour", "sq ft", "square feet", "°F",
        "degrees Celsius", "pct", "per cent", "%", "percentage points", "lbs", "kg", "GB", "kWh",
        "hectares", "barrels", "knots", "horsepower", "ft", "yards", "km/h", "MW", "tonnes");
  }
}
