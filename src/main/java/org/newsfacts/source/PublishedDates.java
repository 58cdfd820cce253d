package org.newsfacts.source;

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
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:T|\\s|$)");
  private static final Pattern SLASHED =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[/.](\\d\\d?)[/.](\\d\\d?)(?!\\d)");
  // "03-02-2009", "27.09.2024", "9/27/2024": the year last.
  private static final Pattern YEAR_LAST =
      Pattern.compile("(?<![\\d/.-])(\\d\\d?)([-/.])(\\d\\d?)\\2((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?iU)(?<!\\d)(\\d\\d?)(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?iU)(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d\\d?)(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d\\d)[/-](\\d\\d)(?:/|-|$)");
  private static final Map<String, Integer> MONTHS = monthNames();

  private PublishedDates() {}

  /** The date in {@code value} as {@code YYYY-MM-DD}, or {@code null} when it holds none. */
  static String parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    String found = numeric(ISO.matcher(s));
    if (found == null) {
      found = numeric(COMPACT.matcher(s));
    }
    if (found == null) {
      found = numeric(SLASHED.matcher(s));
    }
    if (found == null) {
      found = yearLast(YEAR_LAST.matcher(s));
    }
    if (found == null) {
      found = named(DAY_MONTH_YEAR.matcher(s), 2, 1);
    }
    if (found == null) {
      found = named(MONTH_DAY_YEAR.matcher(s), 1, 2);
    }
    return found;
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
  private static String yearLast(Matcher m) {
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      boolean dayFirst = first > 12 || (second <= 12 && !m.group(2).equals("/"));
      String date = dayFirst ? date(m.group(4), second, first) : date(m.group(4), first, second);
      if (date != null) {
        return date;
      }
    }
    return null;
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
