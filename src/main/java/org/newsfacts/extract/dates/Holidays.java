package org.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

/**
 * Holidays named without a year follow the tense of their sentence like months do: "Elian was
 * found on Thanksgiving Day" in January 2000 is 1999-11-25, where SUTime takes the coming one.
 * Thanksgiving moves with the year (the fourth Thursday of November); the others keep their day.
 */
public final class Holidays {
  private static final Pattern HOLIDAY =
      Pattern.compile("(?i)\\b(thanksgiving|christmas|new year's|independence day|halloween|valentine's)");
  private static final Pattern THANKSGIVING = Pattern.compile("(?i)\\bthanksgiving\\b");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

  private Holidays() {}

  /** Whether the text names a holiday without a year. */
  static boolean named(String text) {
    return HOLIDAY.matcher(text).find() && !YEAR.matcher(text).find();
  }

  /** The holiday on the side of publication the tense points to; {@code value} otherwise. */
  static String resolve(String value, String text, Tense tense, LocalDate published) {
    if (!DAY.matcher(value).matches() || tense == Tense.PRESENT) {
      return value;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      boolean thanksgiving = THANKSGIVING.matcher(text).find();
      while (tense == Tense.PAST && day.isAfter(published)) {
        day = inYear(day, day.getYear() - 1, thanksgiving);
      }
      while (tense == Tense.FUTURE && day.isBefore(published)) {
        day = inYear(day, day.getYear() + 1, thanksgiving);
      }
      return day.toString();
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static LocalDate inYear(LocalDate day, int year, boolean thanksgiving) {
    if (thanksgiving) {
      return LocalDate.of(year, Month.NOVEMBER, 1)
          .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    return day.withYear(year);
  }
}
