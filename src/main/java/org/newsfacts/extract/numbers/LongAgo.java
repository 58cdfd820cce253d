package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "66 million years ago", "about 1,000 years ago": a span too long to name a date, which the date
 * rules still take whole as one. It measures an age in years; "four years ago" and "a decade ago"
 * stay dates (a point in time within reach of a calendar).
 */
final class LongAgo {
  private static final Pattern AGO =
      Pattern.compile("(?i)(\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:hundred|thousand|million|billion))?)\\s+years\\s+ago");
  // Fewer years than this are a date ("20 years ago" is about a year of the calendar).
  private static final BigDecimal LONG = BigDecimal.valueOf(100);

  /** The number of years and where it starts and ends in the text read. */
  record Span(BigDecimal years, int start, int end) {}

  private LongAgo() {}

  /** The long span written in {@code written} (a date mention's text), if any. */
  static Optional<Span> in(String written) {
    Matcher m = AGO.matcher(written);
    if (!m.find()) {
      return Optional.empty();
    }
    return QuantityNormalizer.parse(m.group(1))
        .filter(q -> q.high() == null && q.currency() == null && !q.percent())
        .map(NormalizedQuantity::value)
        .filter(years -> years.compareTo(LONG) >= 0)
        .map(years -> new Span(years, m.start(1), m.end()));
  }
}
