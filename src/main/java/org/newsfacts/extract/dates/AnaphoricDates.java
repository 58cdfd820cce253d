package org.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that count from the last date an article named, not from its publication date: "later
 * that year", "that same day", "the same day", "the following month", "the previous year", "the
 * previous Friday". TimeML resolves them against the reference
 * time of the narrative, and in news that is the date mentioned last ("She fled in June 1998 and
 * came back later that year": 1998). SUTime counts them from publication or leaves them out.
 *
 * <p>One instance per article, fed every resolved date in text order; it keeps no other state, so
 * an article gets the same values whatever was processed before it.
 */
public final class AnaphoricDates {
  // "later that year", "that same day", "earlier that week". A bare "that day" is left alone: in
  // news it mostly points at an event ("trades made that day"), which TimeML does not resolve.
  private static final Pattern THAT =
      Pattern.compile(
          "(?i)(?:(?<side>later|earlier)\\s+)?(?:that|the(?=\\s+same))\\s+(?<same>same\\s+)?(?<unit>day|week|month|year)\\W*");
  // "the previous Friday", "the following Monday": the weekday before or after the day the story is at.
  private static final Pattern WEEKDAY_AROUND =
      Pattern.compile(
          "(?i)the\\s+(?<side>previous|preceding|prior|following)\\s+"
              + "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\W*");
  // "the following month"; "the next day" ("the next year" as often means the coming one).
  private static final Pattern FOLLOWING =
      Pattern.compile("(?i)the\\s+(?:following\\s+(?<unit>day|week|month|year)|next\\s+(?<day>day))\\W*");
  // "the previous year", "the preceding month": one unit back from the date the story is at.
  private static final Pattern PREVIOUS =
      Pattern.compile("(?i)the\\s+(?:previous|preceding|prior)\\s+(?<unit>day|week|month|year)\\W*");
  /** A value that names one year, month, day or time of day. */
  private static final Pattern SPECIFIC =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  private String reference;

  /** Whether the text is an anaphoric date this class resolves when it has a reference. */
  static boolean isAnaphoric(String text) {
    return unitOf(text.strip()) != null || WEEKDAY_AROUND.matcher(text.strip()).matches();
  }

  /**
   * Remembers {@code value} as the reference time when it names a specific year, month, day or
   * time ("1998", "1998-06", "1998-10-23T22:00"); other values ("PRESENT_REF", "P2D") do not move it.
   */
  void remember(String value) {
    if (value != null && SPECIFIC.matcher(value).matches()) {
      reference = value;
    }
  }

  /**
   * The value of an anaphoric date, or empty when the text is none or no date before it is
   * precise enough ("that same day" after a year alone).
   */
  Optional<String> resolve(String text) {
    String stripped = text.strip();
    Matcher around = WEEKDAY_AROUND.matcher(stripped);
    if (around.matches()) {
      return weekdayAround(around);
    }
    String unit = unitOf(stripped);
    if (unit == null || reference == null) {
      return Optional.empty();
    }
    int shift = FOLLOWING.matcher(stripped).matches() ? 1 : PREVIOUS.matcher(stripped).matches() ? -1 : 0;
    Matcher m = SPECIFIC.matcher(reference);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(shifted(m, unit, shift));
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The named weekday strictly before or after the reference day, when the reference is a day. */
  private Optional<String> weekdayAround(Matcher around) {
    Matcher m = SPECIFIC.matcher(reference == null ? "" : reference);
    if (!m.matches() || m.group(3) == null) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.parse(reference.substring(0, 10));
    DayOfWeek named = DayOfWeek.valueOf(around.group("weekday").toUpperCase(Locale.ROOT));
    boolean before = !around.group("side").equalsIgnoreCase("following");
    do {
      day = before ? day.minusDays(1) : day.plusDays(1);
    } while (day.getDayOfWeek() != named);
    return Optional.of(day.toString());
  }

  private static String shifted(Matcher reference, String unit, int shift) {
    String year = reference.group(1);
    String month = reference.group(2);
    String day = reference.group(3);
    switch (unit) {
      case "year":
        return String.valueOf(Integer.parseInt(year) + shift);
      case "month":
        return month == null ? null : YearMonth.parse(year + "-" + month).plusMonths(shift).toString();
      case "week":
        if (day == null) {
          return null;
        }
        LocalDate d = LocalDate.parse(year + "-" + month + "-" + day).plusWeeks(shift);
        return String.format(
            Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default:
        return day == null ? null : LocalDate.parse(year + "-" + month + "-" + day).plusDays(shift).toString();
    }
  }

  /**
   * The day a clock time without a day of its own falls on: the day the article last named
   * ("Friday ... The blast came at 10:35 a.m."), or empty when the last date it named was no day.
   */
  Optional<String> referenceDay() {
    Matcher m = SPECIFIC.matcher(reference == null ? "" : reference);
    return m.matches() && m.group(3) != null ? Optional.of(reference.substring(0, 10)) : Optional.empty();
  }

  /** The calendar unit the anaphoric date is in, or {@code null} when the text is not one. */
  private static String unitOf(String text) {
    Matcher that = THAT.matcher(text);
    if (that.matches()) {
      String unit = that.group("unit").toLowerCase(Locale.ROOT);
      boolean bareDay = unit.equals("day") && that.group("side") == null && that.group("same") == null;
      return bareDay ? null : unit;
    }
    Matcher following = FOLLOWING.matcher(text);
    if (following.matches()) {
      String unit = following.group("unit") != null ? following.group("unit") : following.group("day");
      return unit.toLowerCase(Locale.ROOT);
    }
    Matcher previous = PREVIOUS.matcher(text);
    return previous.matches() ? previous.group("unit").toLowerCase(Locale.ROOT) : null;
  }
}
