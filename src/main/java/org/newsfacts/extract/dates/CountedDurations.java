package org.newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations whose count SUTime loses: "5 1/2 hours" and "two more weeks" come out as a bare
 * "hours" or "weeks" of unknown length. The count in front makes them "PT5H30M" and "P2W".
 */
public final class CountedDurations {
  private static final List<String> NUMBER_WORDS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  /** A count, then "1/2" or "more", then a unit. */
  static final Pattern COUNTED =
      Pattern.compile(
          "(?i)\\b(?<count>\\d{1,3}|" + String.join("|", NUMBER_WORDS) + ")\\s+(?:(?<half>1/2)|more)"
              + "\\s+(?<unit>hour|day|week|month|year)s?\\b");

  /**
   * "three straight days", "two consecutive quarters": a run of whole units, which SUTime misses
   * for the word between count and unit. An ordinal ("a second straight day") is no length but
   * the current day ({@link OrdinalRuns}).
   */
  static final Pattern RUN =
      Pattern.compile(
          "(?i)\\b(?<count>\\d{1,3}|" + String.join("|", NUMBER_WORDS) + ")\\s+(?:consecutive|straight|successive)"
              + "\\s+(?<unit>day|week|month|quarter|year)s\\b");

  private CountedDurations() {}

  /** The TIMEX3 value of a {@link #RUN} match: "P3D", "P2Q". */
  static String runValue(Matcher m) {
    String count = m.group("count").toLowerCase(Locale.ROOT);
    int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : NUMBER_WORDS.indexOf(count) + 1;
    return "P" + n + m.group("unit").substring(0, 1).toUpperCase(Locale.ROOT);
  }

  /** The TIMEX3 value of a {@link #COUNTED} match, or {@code null} when it has none. */
  static String value(Matcher m) {
    String count = m.group("count").toLowerCase(Locale.ROOT);
    int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : NUMBER_WORDS.indexOf(count) + 1;
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    if (m.group("half") == null) {
      return unit.equals("hour") ? "PT" + n + "H" : "P" + n + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    }
    switch (unit) {
      case "hour":
        return "PT" + n + "H30M";
      case "day":
        return "P" + n + "DT12H";
      case "year":
        return "P" + n + "Y6M";
      default:
        return null; // half a week or month has no exact length
    }
  }
}
