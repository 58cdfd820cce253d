package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads numbers, amounts of money and percentages as news text writes them: "2,500", "three",
 * "twenty-five", "5.93 mln", "$1.8 bln", "€40 million", "Rs16,189-crore", "15 pct", "3 1/2", "half
 * a million", "1.8 bln U.S. dlrs".
 *
 * <p>Written for the text of CoreNLP NUMBER, MONEY and PERCENT mentions, whose own normalised
 * values are wrong for several of these (crore read as dollars, stanfordnlp/CoreNLP#1330; "mln" and
 * "dlrs" unknown, #349; euros read as dollars, #485). Words after the quantity are ignored; a range
 * keeps its first number. Stateless and thread-safe.
 */
public final class QuantityNormalizer {
  private QuantityNormalizer() {}

  /**
   * The quantity at the start of {@code text}, or empty when the text does not start with one.
   * Never throws for any string, {@code null} included.
   */
  public static Optional<NormalizedQuantity> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return QuantityParser.parse(text);
  }

  /**
   * Writes a quantity the way {@link #parse} reads it back: "1,800,000,000", "USD 1,800,000,000",
   * "15%". Currencies must be codes {@code parse} knows; others are left out.
   */
  public static String format(NormalizedQuantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    String number = formatNumber(quantity.value());
    if (quantity.percent()) {
      return number + "%";
    }
    String currency = quantity.currency();
    return currency != null && CurrencyNames.isKnownCode(currency)
        ? currency + " " + number
        : number;
  }

  /** {@code value} in plain digits with thousands separators: "-1,234,567.25". */
  public static String formatNumber(BigDecimal value) {
    String plain = NormalizedQuantity.canonical(value).abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    String sign = value.signum() < 0 ? "-" : "";
    return sign + grouped + (point < 0 ? "" : plain.substring(point));
  }
}
