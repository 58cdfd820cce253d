package org.newsfacts.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.MentionType;

/**
 * Rewrites SUTime's TIMEX3 values into the forms the TimeML guidelines use, without looking at the
 * publication date: decades are "199" (not "199X"), quarters, decades, centuries and millennia
 * are units of their own in durations ("P2Q", "P1E", "P3C", "P2L"), times carry no time-zone offset,
 * "recent weeks" is PAST_REF and "the coming months" FUTURE_REF, and "the year ended March 31" is
 * a one-year duration.
 */
final class TimexValues {
  /** A type and a value. */
  record Timex(MentionType type, String value) {}

  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern ZONE = Pattern.compile("(.*T\\d\\d(?::\\d\\d)?(?::\\d\\d)?)(?:Z|[+-]\\d\\d:?\\d\\d)");
  private static final Pattern MONTHS = Pattern.compile("P(\\d+|X)M");
  private static final Pattern YEARS = Pattern.compile("P(\\d+|X)Y");
  private static final Pattern UNITS = Pattern.compile("(?i).*\\b(years|months|weeks|days|decades|quarters)\\b.*");
  private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)(the\\s+)?(fiscal\\s+)?year");

  private TimexValues() {}

  /**
   * The value in TimeML's conventions.
   *
   * @param type SUTime's type
   * @param value SUTime's value (not null)
   * @param text the mention as written
   * @param before the word just before the mention ({@code ""} at sentence start)
   * @param after the word just after it ({@code ""} at sentence end)
   */
  static Timex canonical(MentionType type, String value, String text, String before, String after) {
    String lower = text.toLowerCase(Locale.ROOT);
    String prev = before.toLowerCase(Locale.ROOT);
    if (UNITS.matcher(lower).matches() && !lower.matches(".*\\d.*")) {
      if (lower.contains("recent") || prev.equals("recent")) {
        return new Timex(MentionType.DATE, "PAST_REF");
      }
      if (lower.contains("coming") || prev.equals("coming")) {
        return new Timex(MentionType.DATE, "FUTURE_REF");
      }
    }
    if (FISCAL_YEAR.matcher(text.strip()).matches() && after.toLowerCase(Locale.ROOT).matches("ended|ending")) {
      return new Timex(MentionType.DURATION, "P1Y");
    }
    if (type == MentionType.DATE) {
      Matcher decade = DECADE.matcher(value);
      if (decade.matches()) {
        return new Timex(type, decade.group(1));
      }
      Matcher century = CENTURY.matcher(value);
      if (century.matches() && lower.contains("centur")) {
        return new Timex(type, century.group(1));
      }
    }
    if (type == MentionType.TIME || type == MentionType.DATE) {
      Matcher zone = ZONE.matcher(value);
      if (zone.matches()) {
        return new Timex(type, zone.group(1));
      }
    }
    if (type == MentionType.DURATION || type == MentionType.SET) {
      return new Timex(type, durationUnits(value, lower));
    }
    return new Timex(type, value);
  }

  /** Quarters, decades, centuries and millennia as TimeML's own units. */
  static String durationUnits(String value, String lower) {
    Matcher months = MONTHS.matcher(value);
    if (months.matches() && lower.contains("quarter")) {
      return scaled(months.group(1), 3, "Q", value);
    }
    Matcher years = YEARS.matcher(value);
    if (years.matches()) {
      if (lower.contains("decade")) {
        return scaled(years.group(1), 10, "E", value);
      }
      if (lower.contains("centur")) {
        return scaled(years.group(1), 100, "C", value);
      }
      if (lower.contains("millenni") || lower.contains("thousand years")) {
        return scaled(years.group(1), 1000, "L", value);
      }
    }
    return value;
  }

  private static String scaled(String amount, int factor, String unit, String otherwise) {
    if (amount.equals("X")) {
      return "PX" + unit;
    }
    long n = Long.parseLong(amount);
    return n % factor == 0 && n > 0 ? "P" + n / factor + unit : otherwise;
  }
}
