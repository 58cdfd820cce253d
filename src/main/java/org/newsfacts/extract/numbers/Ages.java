package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages: "22-year-old", "five years old", "a six-month-old", "aged 87". The date rules drop these from the
 * durations (an age is no span of time in TimeML), but they are quantities: 22 year.
 */
final class Ages {
  private static final Pattern AGE =
      Pattern.compile(
          "(?i)\\b(\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)[- ]+(year|month|week|day)s?[- ]+old\\b");
  // "aged 87", "at age 87", "an 87 yo man": years, though no unit is written.
  private static final Pattern YEARS =
      Pattern.compile("(?i)\\bage[d]?\\s+(\\d{1,3})\\b|\\b(\\d{1,3})\\s*(?:yo|y/o|yrs? old)\\b");

  /**
   * @param value the age
   * @param unit year, month, week or day
   * @param start offset of the number in the text read
   * @param end offset after "old"
   */
  record Age(BigDecimal value, String unit, int start, int end) {}

  private Ages() {}

  /** The ages written in {@code text}. */
  static List<Age> in(String text) {
    List<Age> ages = new ArrayList<>();
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      Optional<NormalizedQuantity> number = QuantityNormalizer.parse(m.group(1));
      if (number.isPresent() && number.get().currency() == null && !number.get().percent()) {
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        ages.add(new Age(number.get().value(), unit, m.start(1), m.end()));
      }
    }
    Matcher years = YEARS.matcher(text);
    while (years.find()) {
      int group = years.group(1) != null ? 1 : 2;
      int end = group == 1 ? years.end(1) : years.end();
      ages.add(new Age(new BigDecimal(years.group(group)), "year", years.start(group), end));
    }
    return ages;
  }
}
