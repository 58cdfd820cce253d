package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "fell to 76.1 years in 2021", "rose to 77.5 years in 2022": a span of time the date rules took
 * whole with the date after it, as one date mention. The span is a quantity of its own (the
 * date after it stays a date); a span written first is never part of a date's value.
 */
final class SpansBeforeDates {
  private static final Pattern SPAN =
      Pattern.compile("(?i)(\\d[\\d,]*(?:\\.\\d+)?)\\s+(year|month|week|day|hour)s?\\s+(?:in|of|by|since)\\s");

  /** The span's number, its unit's name, and where it starts and ends in the text read. */
  record Span(BigDecimal value, String unit, int start, int end) {}

  private SpansBeforeDates() {}

  /** The span that begins {@code written} (a date mention's text), if any. */
  static Optional<Span> in(String written) {
    Matcher m = SPAN.matcher(written);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    int end = m.end(2) + (written.regionMatches(true, m.end(2), "s", 0, 1) ? 1 : 0);
    return QuantityNormalizer.parse(m.group(1))
        .filter(q -> q.high() == null && q.currency() == null && !q.percent())
        .map(q -> new Span(q.value(), unit, m.start(1), end));
  }
}
