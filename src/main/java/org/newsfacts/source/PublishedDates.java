package org.newsfacts.source;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the many ways sources write one (ISO timestamps, RFC 822 mail
 * and feed dates, "September 27, 2024", dates in URLs) and returns it as {@code YYYY-MM-DD}.
 * The date is taken as written, without converting time zones: a story dated 27 September in
 * its own newsroom stays dated 27 September.
 */
final class PublishedDates {
  // "Wednesday , January 9 , 2008": some templates set a space before each comma.
  private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+,");
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:T|\\s|$)");
  private static final Pattern SLASHED =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[/.](\\d\\d?)[/.](\\d\\d?)(?!\\d)");
  // "03-02-2009", "27.09.2024", "9/27/2024": the year last.
  private static final Pattern YEAR_LAST =
      Pattern.compile("(?<![\\d/.-])(\\d\\d?)([-/.])(\\d\\d?)\\2((?:19|20)\\d\\d)(?!\\d)");
  // "29 December, 2007", "22 de outubro de 2010", and "8-Jan-2008" with hyphens.
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?iU)(?<!\\d)(\\d\\d?)(?:st|nd|rd|th|er|º)?(?:\\.?\\s+(?:de\\s+)?|-)(\\p{L}{3,10})(?:\\.?,?\\s+(?:de\\s+)?|-)((?:19|20)\\d\\d)(?!\\d)");
  /** Clock dates ("Sat, 29 Dec 15:58:00 2007", "Tue Jan 15 15:58:00 2008"): the time before the year. */
  private static final String CLOCK = "\\s+\\d\\d?:\\d\\d(?::\\d\\d)?\\s+((?:19|20)\\d\\d)(?!\\d)";
  private static final Pattern DAY_MONTH_CLOCK_YEAR =
      Pattern.compile("(?iU)(?<!\\d)(\\d\\d?)\\s+(\\p{L}{3,10})" + CLOCK);
  private static final Pattern MONTH_DAY_CLOCK_YEAR =
      Pattern.compile("(?iU)(?<!\\p{L})(\\p{L}{3,10})\\s+(\\d\\d?)" + CLOCK);
  /** "2008年1月15日": Chinese and Japanese write the year, month and day with their signs. */
  private static final Pattern HAN =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*年\\s*(\\d\\d?)\\s*月\\s*(\\d\\d?)\\s*日");
  /**
   * A two-digit year after the day and month ("15/01/08 15:46", "01/14/08"), only where the day
   * is over 12, so the order cannot be mistaken; {@link #yearLast} decides which is which.
   */
  private static final Pattern SHORT_YEAR_LAST =
      Pattern.compile("(?<![\\d/.-])(\\d\\d?)([/.])(\\d\\d?)\\2(\\d\\d)(?![\\d/.-])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?iU)(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d\\d?)(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d\\d)[/-](\\d\\d)(?:/|-|$)");
  /** "Tuesday July 24", "Sun, Sep. 9th": a weekday, then the month and day. */
  private static final Pattern WEEKDAY_MONTH_DAY =
      Pattern.compile("(?iU)(?<!\\p{L})(\\p{L}{3,9})\\.?,?\\s+(\\p{L}{3,10})\\.?\\s+(\\d\\d?)(?:st|nd|rd|th)?(?!\\d)");
  /** "Sunday, 9 September", "Tue 24th July": a weekday, then the day and month. */
  private static final Pattern WEEKDAY_DAY_MONTH =
      Pattern.compile("(?iU)(?<!\\p{L})(\\p{L}{3,9})\\.?,?\\s+(\\d\\d?)(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(\\p{L}{3,10})(?!\\p{L})");
  private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
  private static final Map<String, Integer> MONTHS = monthNames();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

  private PublishedDates() {}

  /** The date in {@code value} as {@code YYYY-MM-DD}, or {@code null} when it holds none. */
  static String parse(String value) {
    String found = parseFullYear(value);
    return found != null || value == null ? found : shortYearLast(SHORT_YEAR_LAST.matcher(value), weekday(value));
  }

  /**
   * {@link #parse} without two-digit years: a short line of the text that holds "12/16/25" is
   * more often a sentence cut short ("Below is the announcement from 12/16/25") than a dateline.
   */
  static String parseFullYear(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = SPACE_BEFORE_COMMA.matcher(value.strip()).replaceAll(",");
    String found = numeric(ISO.matcher(s));
    if (found == null) {
      found = numeric(COMPACT.matcher(s));
    }
    if (found == null) {
      found = numeric(SLASHED.matcher(s));
    }
    if (found == null) {
      found = yearLast(YEAR_LAST.matcher(s), weekday(s));
    }
    if (found == null) {
      found = named(DAY_MONTH_YEAR.matcher(s), 2, 1);
    }
    if (found == null) {
      found = named(MONTH_DAY_YEAR.matcher(s), 1, 2);
    }
    if (found == null) {
      found = named(DAY_MONTH_CLOCK_YEAR.matcher(s), 2, 1);
    }
    if (found == null) {
      found = named(MONTH_DAY_CLOCK_YEAR.matcher(s), 1, 2);
    }
    if (found == null) {
      found = numeric(HAN.matcher(s));
    }
    return found;
  }

  /** A weekday, month and day without a year: "Tuesday July 24". */
  record Yearless(DayOfWeek weekday, int month, int day) {}

  /**
   * The weekday, month and day of a line that names all three but no year ("on Tuesday July 24,
   * @12:06PM", "Sunday, September 9"), or {@code null}: such a line needs a year from elsewhere.
   */
  static Yearless yearless(String text) {
    if (text == null || ANY_YEAR.matcher(text).find()) {
      return null;
    }
    Matcher m = WEEKDAY_MONTH_DAY.matcher(text);
    while (m.find()) {
      Yearless found = yearless(m.group(1), m.group(2), m.group(3));
      if (found != null) {
        return found;
      }
    }
    m = WEEKDAY_DAY_MONTH.matcher(text);
    while (m.find()) {
      Yearless found = yearless(m.group(1), m.group(3), m.group(2));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Yearless yearless(String weekdayName, String monthName, String dayNumber) {
    DayOfWeek weekday = WEEKDAYS.get(weekdayName.toLowerCase(Locale.ROOT));
    Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(dayNumber);
    return weekday == null || month == null || day < 1 || day > 31 ? null : new Yearless(weekday, month, day);
  }

  /** A date written into a URL path ({@code /2024/09/27/slug}), or {@code null}. */
  static String fromUrl(String url) {
    return url == null ? null : numeric(URL_DATE.matcher(url));
  }

  private static String numeric(Matcher m) {
    while (m.find()) {
      String date = date(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * A number that cannot be a month is the day. Otherwise the order is the one the separator
   * usually goes with: "9/27/2024" month first, as in the United States; "03-02-2009" and
   * "03.02.2009" day first, as in most of the world.
   */
  private static String yearLast(Matcher m, DayOfWeek weekday) {
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      String named = byWeekday(m.group(4), first, second, weekday);
      if (named != null) {
        return named;
      }
      boolean dayFirst = first > 12 || (second <= 12 && !m.group(2).equals("/"));
      String date = dayFirst ? date(m.group(4), second, first) : date(m.group(4), first, second);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * Of the two readings of "07/01/2008", the one that falls on the weekday the line names
   * ("Monday | 07/01/2008" is 7 January: 1 July 2008 was a Tuesday); {@code null} when the line
   * names none, or both readings or neither fall on it.
   */
  static String byWeekday(String year, int first, int second, DayOfWeek weekday) {
    if (weekday == null || first == second || first > 12 || second > 12) {
      return null;
    }
    String monthFirst = date(year, first, second);
    String dayFirst = date(year, second, first);
    boolean monthFirstFits = monthFirst != null && LocalDate.parse(monthFirst).getDayOfWeek() == weekday;
    boolean dayFirstFits = dayFirst != null && LocalDate.parse(dayFirst).getDayOfWeek() == weekday;
    return monthFirstFits == dayFirstFits ? null : monthFirstFits ? monthFirst : dayFirst;
  }

  /** The first weekday {@code text} names ("Monday", "Tue", "Thurs"), or {@code null}. */
  static DayOfWeek weekday(String text) {
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      DayOfWeek day = WEEKDAYS.get(word.group().toLowerCase(Locale.ROOT));
      if (day != null) {
        return day;
      }
    }
    return null;
  }

  /**
   * "15/01/08" is 2008-01-15 and "01/14/08" 2008-01-14; "01/08/08" could be either, so none
   * unless the line names its weekday.
   */
  private static String shortYearLast(Matcher m, DayOfWeek weekday) {
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      String year = century(m.group(4));
      String named = byWeekday(year, first, second, weekday);
      if (named != null) {
        return named;
      }
      if ((first > 12) != (second > 12)) {
        String date = first > 12 ? date(year, second, first) : date(year, first, second);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The year a two-digit year stands for on a web page: "08" is 2008, "98" 1998. */
  static String century(String twoDigits) {
    int year = Integer.parseInt(twoDigits);
    return String.valueOf(year < 90 ? 2000 + year : 1900 + year);
  }

  private static String named(Matcher m, int monthGroup, int dayGroup) {
    while (m.find()) {
      Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
      if (month != null) {
        String date = date(m.group(3), month, Integer.parseInt(m.group(dayGroup)));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static String date(String year, int month, int day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, day).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Map<String, DayOfWeek> weekdayNames() {
    Map<String, DayOfWeek> names = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String full = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      names.put(full, day);
      names.put(full.substring(0, 3), day);
    }
    names.put("tues", DayOfWeek.TUESDAY);
    names.put("thur", DayOfWeek.THURSDAY);
    names.put("thurs", DayOfWeek.THURSDAY);
    return names;
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new HashMap<>();
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      names.put(full, month.getValue());
      names.put(full.substring(0, 3), month.getValue());
    }
    names.put("sept", 9);
    // Full month names of the languages news in Latin script is most often written in; in
    // "22 de outubro de 2010" the "de" is allowed by the patterns.
    for (String language : new String[] {"fr", "de", "es", "pt", "it", "nl", "id"}) {
      for (Month month : Month.values()) {
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(language));
        names.putIfAbsent(name.toLowerCase(Locale.ROOT), month.getValue());
        name = month.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
        names.putIfAbsent(name.toLowerCase(Locale.ROOT), month.getValue());
      }
    }
    return names;
  }
}
