package org.newsfacts.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numeric values of number, money and percent mentions. */
final class Numbers {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  private Numbers() {}

  /** The value of a mention, from CoreNLP's normalised form ("~900.0", "$2.5E9", "%15.0"). */
  static Optional<BigDecimal> parse(String text, String normalized) {
    if (normalized == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(normalized.replace(",", ""));
    if (!m.find()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(m.group()).stripTrailingZeros();
    return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
  }

  /** The ISO 4217 code of an amount of money, or {@code null} when it cannot be told. */
  static String currency(String text, String normalized) {
    String source = (normalized == null ? "" : normalized) + " " + text;
    if (source.contains("€") || source.matches("(?i).*\\b(euros?|EUR)\\b.*")) {
      return "EUR";
    }
    if (source.contains("£") || source.matches("(?i).*\\b(stg|sterling|pounds?|GBP)\\b.*")) {
      return "GBP";
    }
    if (source.contains("¥") || source.matches("(?i).*\\b(yen|JPY)\\b.*")) {
      return "JPY";
    }
    if (source.contains("₹") || source.matches("(?i).*\\b(rs\\.?|rupees?|INR)\\b.*")) {
      return "INR";
    }
    if (source.contains("$") || source.matches("(?i).*\\b(dlrs|dollars?|USD)\\b.*")) {
      return "USD";
    }
    return null;
  }
}
