package org.newsfacts.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns dates of day, month or year precision into ranges of epoch days, the unit the index
 * stores dates in: "2024" is 2024-01-01..2024-12-31, "2024-02" is 2024-02-01..2024-02-29.
 */
public final class DateRanges {
  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  // TIMEX3 values may carry a time ("2024-09-27T10:00") or be vague ("2024-W05", "PRESENT_REF").
  private static final Pattern TIMEX_DATE =
      Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");

  private DateRanges() {}

  /** First and last epoch day of a partial date. */
  public record DayRange(int first, int last) {
    public LocalDate firstDate() {
      return LocalDate.ofEpochDay(first);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException with a one-line message when the value is none of those
   */
  public static DayRange parse(String value) {
    Matcher m = PARTIAL_DATE.matcher(value == null ? "" : value.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a date (expected YYYY-MM-DD, YYYY-MM or YYYY): " + oneLine(value));
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return range(month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return range(day, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a valid date: " + value, e);
    }
  }

  /** The range of a TIMEX3 value, or {@code null} when it names no calendar day, month or year. */
  public static DayRange ofTimex(String timex) {
    if (timex == null) {
      return null;
    }
    Matcher m = TIMEX_DATE.matcher(timex);
    if (!m.matches()) {
      return null;
    }
    try {
      return parse(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Epoch day of an ISO {@code YYYY-MM-DD} date. */
  public static int epochDay(String isoDate) {
    return Math.toIntExact(LocalDate.parse(isoDate).toEpochDay());
  }

  private static DayRange range(LocalDate first, LocalDate last) {
    return new DayRange(
        Math.toIntExact(first.toEpochDay()), Math.toIntExact(last.toEpochDay()));
  }

  /** The value as typed, with line breaks and other control characters shown as spaces. */
  private static String oneLine(String value) {
    return String.valueOf(value).replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ");
  }
}
