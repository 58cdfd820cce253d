package org.newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.MentionType;

/**
 * Rewrites SUTime's TIMEX3 values into the forms the TimeML guidelines use, without looking at the
 * publication date: quarters, centuries and millennia are units of their own in durations
 * ("P2Q", "P3C", "P2L") and so is a single decade ("P1E"; more of them stay in years), times carry no time-zone offset, and "the year ended March 31" is a
 * one-year duration. A vague "several years ago" is PAST_REF, a day whose text names no part of
 * day is just that day, "on Tuesday nights" is a set, "the coming years" a duration and "the 20th
 * century" is "19". A time given in universal time ("16:08 UTC") keeps its "Z". "The past
 * decade" and "this century" are stretches of ten and a hundred years up to now: durations.
 */
public final class TimexValues {
  /** A type and a value. */
  public record Timex(MentionType type, String value) {}

  private static final Pattern ZONE = Pattern.compile("(.*T\\d\\d(?::\\d\\d)?(?::\\d\\d)?)(?:Z|[+-]\\d\\d:?\\d\\d)");
  private static final Pattern MONTHS = Pattern.compile("P(\\d+|X)M");
  private static final Pattern YEARS = Pattern.compile("P(\\d+|X)Y");
  private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)(the\\s+)?(fiscal\\s+)?year");

  private static final Pattern DAY_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T.+");
  private static final Pattern TIME_WORD =
      Pattern.compile(
          "(?i).*(night|morning|evening|afternoon|noon|midnight|dawn|dusk|\\d:\\d|\\b[ap]\\.?m\\b|o'clock).*");
  private static final Pattern VAGUE_AGO =
      Pattern.compile("(?i).*\\b(a few|few|several|many|some)\\s+(years|months|weeks|days|decades)\\s+ago\\b.*");

  // "on Tuesday nights", "Sundays": every such day, a set in TimeML.
  private static final Pattern PLURAL_WEEKDAY =
      Pattern.compile(
          "(?i)(?:on\\s+)?(?<day>mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\\s+(?<part>night|morning|evening|afternoon)s)");
  private static final List<String> WEEKDAYS = List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun");
  private static final Map<String, String> PARTS_OF_DAY =
      Map.of("night", "TNI", "morning", "TMO", "evening", "TEV", "afternoon", "TAF");
  // "in the coming years": an unspecified stretch of years, where SUTime gives the next year (or,
  // for "the next several days", a range of two days, which TimeML has no value for).
  private static final Pattern VAGUE_STRETCH =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:coming|next\\s+(?:few|several)|past\\s+few|last\\s+few)\\s+(?<unit>year|month|week|day)s");

  // "in recent years": TimeBank and MEANTIME mark it as a vague past date, not as a stretch of
  // years (recent weeks and months stay durations, as the sets mostly mark them).
  private static final Pattern RECENT_YEARS = Pattern.compile("(?i)(?:in\\s+)?(?:the\\s+)?recent\\s+years");
  // "every morning", "each evening": SUTime gives the part of day alone ("TMO"); TimeML writes it
  // on an unknown day, "XXXX-XX-XXTMO".
  private static final Pattern PART_OF_DAY = Pattern.compile("T(?:MO|AF|EV|NI|DT)");

  // "16:08 UTC", "0800 GMT": the one zone TimeML writes into a value, as "Z".
  private static final Pattern UNIVERSAL_TIME = Pattern.compile("(?i).*\\b(UTC|GMT)\\b.*|utc|gmt|z");
  private static final Pattern CLOCK = Pattern.compile(".*T\\d\\d(?::\\d\\d){0,2}");
  // "over the past decade", "this century": ten or a hundred years up to now.
  private static final Pattern STRETCH_TO_NOW =
      Pattern.compile("(?i)(?:over\\s+|in\\s+)?(?:the\\s+)?(?:past|last|previous|this)\\s+(?<unit>decade|century)");

  // "the 20th century": TimeML writes a century as its two leading digits, "19".
  private static final Pattern CENTURY_VALUE = Pattern.compile("(\\d\\d)XX");
  // "1970s", "the early 1980s": SUTime may type a decade as a set; it is one stretch of the calendar.
  private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}X");

  private static final List<String> MONTH_ABBREVIATIONS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final Pattern CALENDAR_DATE =
      Pattern.compile("\\d{4}(-(\\d{2}|W\\d{2}|Q[1-4]|SP|SU|FA|WI)(-\\d{2})?)?");

  private TimexValues() {}

  /** True for TIMEX3 values that name a point in the calendar (not "PRESENT_REF", "XXXX-01"). */
  public static boolean isCalendarDate(String timex) {
    return CALENDAR_DATE.matcher(timex).matches();
  }

  /** 1 to 12 for a month name or its abbreviation ("Sept", "march"); 0 if it is none. */
  static int monthNumber(String name) {
    return name.length() < 3 ? 0 : MONTH_ABBREVIATIONS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  /**
   * The value in TimeML's conventions.
   *
   * @param type SUTime's type
   * @param value SUTime's value (not null)
   * @param text the mention as written
   * @param after the word just after it ({@code ""} at sentence end)
   */
  static Timex canonical(MentionType type, String value, String text, String after) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (VAGUE_AGO.matcher(text).matches()) {
      return new Timex(MentionType.DATE, "PAST_REF"); // "several years ago": no date to give
    }
    if (RECENT_YEARS.matcher(text.strip()).matches()) {
      return new Timex(MentionType.DATE, "PAST_REF");
    }
    if (type == MentionType.SET && PART_OF_DAY.matcher(value).matches()) {
      return new Timex(type, "XXXX-XX-XX" + value);
    }
    Matcher plural = PLURAL_WEEKDAY.matcher(text.strip());
    if (plural.matches()) {
      int day = WEEKDAYS.indexOf(plural.group("day").toLowerCase(Locale.ROOT)) + 1;
      String part = plural.group("part") == null ? "" : PARTS_OF_DAY.get(plural.group("part").toLowerCase(Locale.ROOT));
      return new Timex(MentionType.SET, "XXXX-WXX-" + day + part);
    }
    Matcher stretch = VAGUE_STRETCH.matcher(text.strip());
    if (stretch.matches()) {
      return new Timex(MentionType.DURATION, "PX" + stretch.group("unit").substring(0, 1).toUpperCase(Locale.ROOT));
    }
    Matcher toNow = STRETCH_TO_NOW.matcher(text.strip());
    if ((type == MentionType.DATE || type == MentionType.DURATION) && toNow.matches()) {
      return new Timex(MentionType.DURATION, toNow.group("unit").equalsIgnoreCase("decade") ? "P10Y" : "P100Y");
    }
    Matcher century = CENTURY_VALUE.matcher(value);
    if (type == MentionType.DATE && century.matches() && lower.contains("century")) {
      return new Timex(type, century.group(1));
    }
    if (type == MentionType.SET && DECADE_VALUE.matcher(value).matches()) {
      return new Timex(MentionType.DATE, value);
    }
    Matcher dayWithTime = DAY_WITH_TIME.matcher(value);
    if (type == MentionType.DATE && dayWithTime.matches()
        && !TIME_WORD.matcher(text).matches() && !TIME_WORD.matcher(after).matches()) {
      // "Friday" with no part of day: SUTime may have folded in a "night" a word or two away
      return new Timex(type, dayWithTime.group(1));
    }
    if (FISCAL_YEAR.matcher(text.strip()).matches() && after.toLowerCase(Locale.ROOT).matches("ended|ending")) {
      return new Timex(MentionType.DURATION, "P1Y");
    }
    if (type == MentionType.TIME || type == MentionType.DATE) {
      Matcher zone = ZONE.matcher(value);
      String local = zone.matches() ? zone.group(1) : value;
      boolean universal = UNIVERSAL_TIME.matcher(text).matches() || UNIVERSAL_TIME.matcher(after).matches();
      if (universal && CLOCK.matcher(local).matches()) {
        return new Timex(type, local + "Z");
      }
      if (zone.matches()) {
        return new Timex(type, local);
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
        // "decades", "decades-long": some years ("PXY"), as TimeML writes an unknown number of
        // decades; "about a decade" is P1E, but "two decades", "four decades" stay in years
        // (P20Y, P40Y), as TimeBank writes them.
        return years.group(1).equals("10") ? "P1E" : value;
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
