package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # text                          | value            | currency | percent
          2,500                           | 2500             | -        | false
          2,500 troops                    | 2500             | -        | false
          three                           | 3                | -        | false
          seven                           | 7                | -        | false
          twenty-five                     | 25               | -        | false
          two hundred and fifty thousand  | 250000           | -        | false
          one million two hundred thousand| 1200000          | -        | false
          nineteen                        | 19               | -        | false
          5.93 mln                        | 5930000          | -        | false
          5.93 mln against 5.81           | 5930000          | -        | false
          $1.8 bln                        | 1800000000       | USD      | false
          €40 million                     | 40000000         | EUR      | false
          40 million euros                | 40000000         | EUR      | false
          75 USD million                  | 75000000         | USD      | false
          2½ million                      | 2500000          | -        | false
          1.8m tall                       | 1.8              | -        | false
          Rs16,189-crore                  | 161890000000     | INR      | false
          Rs 16,189 crore                 | 161890000000     | INR      | false
          3 lakh rupees                   | 300000           | INR      | false
          15 pct                          | 15               | -        | true
          15 %                            | 15               | -        | true
          15%                             | 15               | -        | true
          12.5 per cent                   | 12.5             | -        | true
          four percent                    | 4                | -        | true
          1.2 billion                     | 1200000000       | -        | false
          half a million                  | 500000           | -        | false
          a million                       | 1000000          | -        | false
          one and a half million          | 1500000          | -        | false
          two-thirds                      | 0.6666666666666667 | -      | false
          a quarter                       | 0.25             | -        | false
          US$ 3 mln                       | 3000000          | USD      | false
          U.S.$ 3 mln                     | 3000000          | USD      | false
          £2.5bn                          | 2500000000       | GBP      | false
          ¥100 billion                    | 100000000000     | JPY      | false
          3 1/2                           | 3.5              | -        | false
          7-1/4 pct                       | 7.25             | -        | true
          1/2                             | 0.5              | -        | false
          1,000.50                        | 1000.5           | -        | false
          150 mln dlrs                    | 150000000        | USD      | false
          1.8 billion dlrs                | 1800000000       | USD      | false
          45 mln stg                      | 45000000         | GBP      | false
          stg 45 mln                      | 45000000         | GBP      | false
          12 mln Canadian dlrs            | 12000000         | CAD      | false
          C$12 mln                        | 12000000         | CAD      | false
          A$5 mln                         | 5000000          | AUD      | false
          HK$ 2.3 billion                 | 2300000000       | HKD      | false
          1.5 bln U.S. dlrs               | 1500000000       | USD      | false
          300 mln Swiss francs            | 300000000        | CHF      | false
          SFr 300 mln                     | 300000000        | CHF      | false
          CHF 12                          | 12               | CHF      | false
          20 mln marks                    | 20000000         | DEM      | false
          DM 20 mln                       | 20000000         | DEM      | false
          50 billion yen                  | 50000000000      | JPY      | false
          USD 5m                          | 5000000          | USD      | false
          5 mln USD                       | 5000000          | USD      | false
          $40m                            | 40000000         | USD      | false
          40m                             | 40000000         | -        | false
          $5k                             | 5000             | USD      | false
          2 trillion                      | 2000000000000    | -        | false
          3 tln yen                       | 3000000000000    | JPY      | false
          -5                              | -5               | -        | false
          -2.5 pct                        | -2.5             | -        | true
          minus 3                         | -3               | -        | false
          −0.7                            | -0.7             | -        | false
          5-10 pct                        | 5                | -        | true
          5 to 10 mln dlrs                | 5000000          | USD      | false
          between 20 and 30 pct           | 20               | -        | true
          about 2,000                     | 2000             | -        | false
          more than 300 mln dlrs          | 300000000        | USD      | false
          an estimated 4,000              | 4000             | -        | false
          a dozen                         | 12               | -        | false
          two dozen                       | 24               | -        | false
          1,23,45,678                     | 12345678         | -        | false
          0.5                             | 0.5              | -        | false
          .75                             | 0.75             | -        | false
          21st                            | 21               | -        | false
          third                           | 3                | -        | false
          twenty-third                    | 23               | -        | false
          1987                            | 1987             | -        | false
          nil                             | 0                | -        | false
          10 mln pounds sterling          | 10000000         | GBP      | false
          5 mln pounds of coffee          | 5000000          | -        | false
          3.2 bln Danish crowns           | 3200000000       | DKK      | false
          400 mln francs                  | 400000000        | -        | false
          100 mln dlr loan                | 100000000        | USD      | false
          5 MLN DLRS                      | 5000000          | USD      | false
          22 PCT                          | 22               | -        | true
          a 5-mln-dlr loan                | 5000000          | USD      | false
          thousand million                | 1000000000       | -        | false
          five thousand million dlrs      | 5000000000       | USD      | false
          5-10 thousand million           | 5000000000       | -        | false
          1.5 mln-dlr                     | 1500000          | USD      | false
          15-pct                          | 15               | -        | true
          $-5                             | -5               | USD      | false
          -$5                             | -5               | USD      | false
          U.S. $1.8 bln                   | 1800000000       | USD      | false
          3 pct points                    | 3                | -        | true
          200 mln Belgian francs          | 200000000        | BEF      | false
          a third                         | 0.3333333333333333 | -      | false
          three quarters                  | 0.75             | -        | false
          ninety-nine                     | 99               | -        | false
          1 1/2 mln                       | 1500000          | -        | false
          300 million Saudi riyals        | 300000000        | SAR      | false
          NT$ 5 bln                       | 5000000000       | TWD      | false
          1.5798/808 dlrs                 | 1.5798           | USD      | false
          75 mln Aus dlrs                 | 75000000         | AUD      | false
          200 MLN H.K. DLR                | 200000000        | HKD      | false
          """)
  void parsesNewsQuantities(String text, BigDecimal value, String currency, boolean percent) {
    assertThat(QuantityNormalizer.parse(text).map(q -> new NormalizedQuantity(q.value(), q.currency(), q.percent())))
        .contains(new NormalizedQuantity(value, currency, percent));
  }

  @ParameterizedTest(name = "\"{0}\" is no quantity")
  @ValueSource(
      strings = {
        "", " ", "troops", "a", "the", "$", "mln", "pct", "a few", "U.S.", "1/0", "-", "m"
      })
  void rejectsTextWithoutANumber(String text) {
    assertThat(QuantityNormalizer.parse(text)).isEmpty();
  }

  @Test
  void keepsValuesPlainWithoutTrailingZeros() {
    NormalizedQuantity quantity = QuantityNormalizer.parse("2.500 thousand").orElseThrow();

    assertThat(quantity.value().toString()).isEqualTo("2500");
  }

  @Test
  void formatsWithThousandsSeparatorsAndCurrencyCode() {
    NormalizedQuantity money = new NormalizedQuantity(new BigDecimal("-1234567.25"), "USD", false);

    assertThat(QuantityNormalizer.format(money)).isEqualTo("USD -1,234,567.25");
    assertThat(QuantityNormalizer.parse("USD -1,234,567.25")).contains(money);
  }

  @Test
  void readsTheQuantityAtTheStartOfAVeryLongText() {
    assertThat(QuantityNormalizer.parse("5 mln dlrs" + " and more".repeat(100_000)))
        .contains(new NormalizedQuantity(new BigDecimal("5000000"), "USD", false));
    assertThat(QuantityNormalizer.parse("1" + ",11".repeat(20_000)))
        .contains(new NormalizedQuantity(BigDecimal.ONE, null, false));
  }

  @Test
  void treatsNullAsNoQuantity() {
    assertThat(QuantityNormalizer.parse(null)).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is [{1}, {2}]")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock = """
          5-10 pct                  | 5       | 10
          5 to 10 mln dlrs          | 5000000 | 10000000
          between 20 and 30 pct     | 20      | 30
          between 120 and 150 km    | 120     | 150
          2 to 3 degrees Fahrenheit | 2       | 3
          from 5 to 7               | 5       | 7
          5 per cent to 6 per cent  | 5       | 6
          """)
  void readsBothEndsOfARange(String text, BigDecimal low, BigDecimal high) {
    NormalizedQuantity range = QuantityNormalizer.parse(text).orElseThrow();

    assertThat(range.value()).isEqualByComparingTo(low);
    assertThat(range.high()).isEqualByComparingTo(high);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is one number")
  @ValueSource(strings = {"5 or 6", "5 and 10", "1.5798/808 dlrs", "5-3", "12", "12% to €48 per megawatt hour"})
  void readsNoRangeFromPairsQuotesOrScores(String text) {
    assertThat(QuantityNormalizer.parse(text).orElseThrow().high()).isNull();
  }
}
