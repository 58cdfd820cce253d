package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of a number, amount of money or percentage as written in news text.
 *
 * <p>The value is kept in one canonical form: no useless trailing zeros and never a negative scale,
 * so {@code 2500} stays {@code 2500} (not {@code 2.5E+3}) in {@code toString()} and {@code equals}
 * compares numbers written differently ("2,500", "2.5 thousand") as equal.
 *
 * @param value the number; for percentages the number of percent ({@code 15} for "15 pct")
 * @param currency ISO 4217 code for amounts of money, {@code null} for plain numbers and for
 *     currencies that cannot be told ("francs" alone: French, Swiss or Belgian?)
 * @param percent whether the number is a percentage
 * @param high the high end of a range ("5-10 pct", "between 20 and 30"), whose low end is {@code
 *     value}; {@code null} for one number
 */
public record NormalizedQuantity(BigDecimal value, String currency, boolean percent, BigDecimal high) {
  public NormalizedQuantity {
    Objects.requireNonNull(value, "value");
    value = canonical(value);
    high = high == null ? null : canonical(high);
  }

  /** One number, not a range. */
  public NormalizedQuantity(BigDecimal value, String currency, boolean percent) {
    this(value, currency, percent, null);
  }

  /** {@code value} without trailing zeros and with a scale of at least 0. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
