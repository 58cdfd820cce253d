package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unit of one quantity: its canonical name, its dimension and, for units of measure, the
 * JSR 385 unit that converts it to SI.
 *
 * @param name canonical singular name ("mile", "percent", "US dollar", "troop"), or {@code null}
 * @param dimension length, area, currency, percent, count ...; {@code null} when unknown
 * @param measure the unit of measure, or {@code null} for currencies, percentages and counts
 * @param currency for money, the ISO 4217 code, else {@code null}
 */
public record QuantityUnit(
    String name, String dimension, MeasureUnits.Measure measure, String currency) {
  public static final String COUNT = "count";
  public static final String CURRENCY = "currency";
  public static final String PERCENT = "percent";

  // Units without an SI conversion: shares and points of a percentage; a bare "degree" is
  // nearly always a temperature in news, but not one a scale can be told for; an earthquake's
  // magnitude is a logarithmic scale of its own.
  private static final Map<String, String> UNMEASURED =
      Map.of(
          "percent", PERCENT,
          "percentage point", PERCENT,
          "basis point", PERCENT,
          "degree", "temperature",
          "magnitude", "magnitude");

  /** No unit: a bare number. */
  public static final QuantityUnit NONE = new QuantityUnit(null, null, null, null);

  // Hundredths of a currency, counted as written ("12 cents" is 12 cent of US dollars).
  private static final Map<String, QuantityUnit> SUBUNITS =
      Map.of(
          "cent", new QuantityUnit("cent", CURRENCY, null, "USD"),
          "cents", new QuantityUnit("cent", CURRENCY, null, "USD"),
          "cts", new QuantityUnit("cent", CURRENCY, null, "USD"),
          "ct", new QuantityUnit("cent", CURRENCY, null, "USD"),
          "pence", new QuantityUnit("penny", CURRENCY, null, "GBP"),
          "penny", new QuantityUnit("penny", CURRENCY, null, "GBP"),
          "pennies", new QuantityUnit("penny", CURRENCY, null, "GBP"));

  /** The unit of canonical name {@code name} (see {@code unit-spellings.tsv}). */
  public static Optional<QuantityUnit> named(String name) {
    Optional<MeasureUnits.Measure> measure = MeasureUnits.byName(name);
    if (measure.isPresent()) {
      return Optional.of(new QuantityUnit(name, measure.get().dimension(), measure.get(), null));
    }
    String dimension = UNMEASURED.get(name);
    return dimension == null
        ? Optional.empty()
        : Optional.of(new QuantityUnit(name, dimension, null, null));
  }

  /** "cents", "cts", "pence" (lower case): a hundredth of the dollar or the pound. */
  public static Optional<QuantityUnit> subunit(String word) {
    return Optional.ofNullable(SUBUNITS.get(word));
  }

  /** Money in the currency of ISO 4217 code {@code code}: "US dollar", "euro", "Indian rupee". */
  public static QuantityUnit money(String code) {
    if (code == null) {
      return new QuantityUnit(null, CURRENCY, null, null);
    }
    String name;
    try {
      name = Currency.getInstance(code).getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException historic) {
      name = code; // the JDK lacks some historic codes the currency table has
    }
    return new QuantityUnit(name, CURRENCY, null, code);
  }

  /** What is counted: "troop", "polling station". */
  public static QuantityUnit counted(String noun) {
    return new QuantityUnit(noun, COUNT, null, null);
  }

  /** {@code value} in SI base units, or {@code null} where the unit has no conversion. */
  public BigDecimal toSi(BigDecimal value) {
    return measure == null || value == null ? null : measure.toSi(value);
  }
}
