package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class QuantityNormalizerPropertiesTest {

  @Property
  void readsBackAnyLongWrittenWithThousandsSeparators(@ForAll long n) {
    String written = String.format(Locale.ROOT, "%,d", n);

    assertThat(QuantityNormalizer.parse(written).map(NormalizedQuantity::value))
        .contains(new BigDecimal(n));
  }

  @Property
  void readsBackAnyDecimalItFormats(
      @ForAll @Scale(4) @BigRange(min = "-1e15", max = "1e15") BigDecimal n) {
    NormalizedQuantity quantity = new NormalizedQuantity(n, null, false);

    assertThat(QuantityNormalizer.parse(QuantityNormalizer.format(quantity))).contains(quantity);
  }

  @Property
  void readsBackMoneyAndPercentagesItFormats(
      @ForAll @Scale(2) @BigRange(min = "0", max = "1e12") BigDecimal n,
      @ForAll("currencyCodes") String currency,
      @ForAll boolean percent) {
    NormalizedQuantity quantity = new NormalizedQuantity(n, percent ? null : currency, percent);

    assertThat(QuantityNormalizer.parse(QuantityNormalizer.format(quantity))).contains(quantity);
  }

  @Property
  void millionMultipliesByTenToTheSix(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long n,
      @ForAll("millionWords") String million) {
    assertThat(QuantityNormalizer.parse(n + " " + million).map(NormalizedQuantity::value))
        .contains(new BigDecimal(n).multiply(BigDecimal.TEN.pow(6)));
  }

  @Property
  void anyCurrencySymbolBeforeANumberGivesThatCurrency(
      @ForAll("symbols") String symbolAndCode,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long n,
      @ForAll boolean space) {
    String[] parts = symbolAndCode.split(" ");
    String text = parts[0] + (space ? " " : "") + String.format(Locale.ROOT, "%,d", n);

    assertThat(QuantityNormalizer.parse(text))
        .contains(new NormalizedQuantity(new BigDecimal(n), parts[1], false));
  }

  @Property
  void neverThrowsOnArbitraryText(@ForAll String text) {
    assertThatCode(() -> QuantityNormalizer.parse(text)).doesNotThrowAnyException();
  }

  @Property
  void neverThrowsOnNumberLikeText(@ForAll("numberLike") String text) {
    assertThatCode(() -> QuantityNormalizer.parse(text)).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<String> currencyCodes() {
    return Arbitraries.of("USD", "EUR", "GBP", "JPY", "INR", "CHF", "DEM", "XEU", "CAD");
  }

  @Provide
  Arbitrary<String> millionWords() {
    return Arbitraries.of("million", "mln", "mn", "Million", "MLN");
  }

  @Provide
  Arbitrary<String> symbols() {
    return Arbitraries.of(
        "$ USD", "US$ USD", "€ EUR", "£ GBP", "¥ JPY", "Rs INR", "₹ INR", "C$ CAD", "A$ AUD",
        "HK$ HKD", "SFr CHF", "DM DEM", "USD USD", "EUR EUR", "₩ KRW");
  }

  // Text made of the pieces the parser reacts to, to reach its corners.
  @Provide
  Arbitrary<String> numberLike() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "1",
            "0",
            "2,500",
            "1/0",
            "0/0",
            "3/4",
            "-",
            "−",
            "$",
            "US$",
            "a",
            "an",
            "and",
            "half",
            "third",
            "thirds",
            "million",
            "mln",
            "m",
            "hundred",
            "dozen",
            "twenty",
            "one",
            "to",
            "pct",
            "%",
            "per",
            "cent",
            "pounds",
            "of",
            ".",
            ",",
            ".5",
            "1.",
            "st",
            "Rs",
            "crore",
            "minus",
            "between",
            " ",
            "99999999999999999999");
    return piece.list().ofMaxSize(8).map(list -> String.join("", list));
  }

  @Property
  void readsBothEndsOfAnyRange(
      @ForAll @LongRange(min = 0, max = 1_000_000) long low,
      @ForAll @LongRange(min = 1, max = 1_000_000) long width,
      @ForAll("connectors") String connector) {
    long high = low + width;
    String written = String.format(Locale.ROOT, connector, low, high);

    NormalizedQuantity range = QuantityNormalizer.parse(written).orElseThrow();

    assertThat(range.value()).isEqualByComparingTo(BigDecimal.valueOf(low));
    assertThat(range.high()).isEqualByComparingTo(BigDecimal.valueOf(high));
  }

  @Provide
  Arbitrary<String> connectors() {
    return Arbitraries.of("%,d-%,d", "%d to %d", "between %,d and %,d", "from %d to %d", "%d–%d km");
  }

  @Property
  void aFallingPairIsNoRange(
      @ForAll @LongRange(min = 1, max = 1_000_000) long high,
      @ForAll @LongRange(min = 0, max = 1_000_000) long drop) {
    String written = String.format(Locale.ROOT, "%d to %d", high, Math.max(0, high - drop));

    assertThat(QuantityNormalizer.parse(written).orElseThrow().high()).isNull();
  }

  @Property
  void aVulgarFractionAfterDigitsAddsToThem(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long whole,
      @ForAll("vulgarFractions") String fraction) {
    String[] parts = fraction.split(" ");
    BigDecimal expected = new BigDecimal(whole).add(new BigDecimal(parts[1]));

    assertThat(QuantityNormalizer.parse(whole + parts[0]).orElseThrow().value())
        .isEqualByComparingTo(expected);
  }

  @Provide
  Arbitrary<String> vulgarFractions() {
    return Arbitraries.of("½ 0.5", "¼ 0.25", "¾ 0.75", "⅛ 0.125", "⅖ 0.4");
  }

  @Property
  void aGluedMBeforeAWordOfExtentIsTheMetre(
      @ForAll @LongRange(min = 1, max = 100_000) long n,
      @ForAll("extents") String after) {
    assertThat(QuantityNormalizer.parse(n + "m" + after).orElseThrow().value())
        .isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @Property
  void aGluedMBeforeAnythingElseIsAMillion(@ForAll @LongRange(min = 1, max = 100_000) long n) {
    assertThat(QuantityNormalizer.parse(n + "m users").orElseThrow().value())
        .isEqualByComparingTo(BigDecimal.valueOf(n).multiply(BigDecimal.TEN.pow(6)));
  }

  @Provide
  Arbitrary<String> extents() {
    return Arbitraries.of(" tall", "-long", " deep", " final", " butterfly", "2", "²");
  }

  @Property
  void centsAfterAnAmountAreHundredthsOfIt(
      @ForAll @LongRange(min = 1, max = 99) long cents, @ForAll boolean and, @ForAll boolean words) {
    String written = (and ? " and " : " ") + (words && cents == 45 ? "forty-five" : String.valueOf(cents)) + " cents";

    assertThat(CompoundAmounts.after(QuantityUnit.money("USD"), written, 0, written.length()))
        .map(CompoundAmounts.Part::added)
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(cents, 2)));
  }

  @Property
  void aHundredCentsOrMoreAreNoPartOfAnAmount(@ForAll @LongRange(min = 100, max = 100_000) long cents) {
    String written = " and " + cents + " cents";

    assertThat(CompoundAmounts.after(QuantityUnit.money("USD"), written, 0, written.length())).isEmpty();
  }
}
