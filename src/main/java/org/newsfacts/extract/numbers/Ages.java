package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages: "22-year-old", "five years old", "a six-month-old", "aged 87", "3.2 million years old" (the
 * scale belongs to the number: not one million). The date rules drop these from the
 * durations (an age is no span of time in TimeML), but they are quantities: 22 year.
 */
final class Ages {
  private static final Pattern AGE =
      Pattern.compile(
          "(?i)\\b((?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)(?:\\s+(?:thousand|million|billion))?)"
              + "[- ]+(year|month|week|day)s?[- ]+old\\b");
  // "aged 87", "at age 87", "an 87 yo man": years, though no unit is written; "aged 40 to 69",
  // "aged 18-24" and "aged between 18 and 24" are ranges ("two men aged 40 and 50" are not).
  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)\\bage[d]?\\s+(?:between\\s+(\\d{1,3})\\s+and\\s+(\\d{1,3})\\b"
              + "|(\\d{1,3})(?:\\s*(?:to|-|–)\\s*(\\d{1,3}))?\\b)"
              + "|\\b(\\d{1,3})\\s*(?:yo|y/o|yrs? old)\\b");

  /**
   * @param value the age, or the lower end of a range of ages
   * @param high the upper end of a range of ages, or {@code null}
   * @param unit year, month, week or day
   * @param start offset of the number in the text read
   * @param end offset after "old"
   */
  record Age(BigDecimal value, BigDecimal high, String unit, int start, int end) {}

  private Ages() {}

  /** The ages written in {@code text}. */
  static List<Age> in(String text) {
    List<Age> ages = new ArrayList<>();
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      Optional<NormalizedQuantity> number = QuantityNormalizer.parse(m.group(1));
      if (number.isPresent() && number.get().currency() == null && !number.get().percent()) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        ages.add(new Age(number.get().value(), null, unit, m.start(1), m.end()));
      }
    }
    Matcher years = YEARS.matcher(text);
    while (years.find()) {
      int low = years.group(1) != null ? 1 : years.group(3) != null ? 3 : 5;
      int high = low == 5 || years.group(low + 1) == null ? -1 : low + 1;
      int end = low == 5 ? years.end() : years.end(high < 0 ? low : high);
      BigDecimal value = new BigDecimal(years.group(low));
      BigDecimal top = high < 0 ? null : new BigDecimal(years.group(high));
      if (top != null && top.compareTo(value) <= 0) {
        top = null; // "aged 40-12": no range
        end = years.end(low);
      }
      ages.add(new Age(value, top, "year", years.start(low), end));
    }
    return ages;
  }
}
