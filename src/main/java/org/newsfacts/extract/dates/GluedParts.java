package org.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;

/**
 * The expressions inside one SUTime glued together and left without a value: "eight weeks this
 * spring", "1998, last week", "Dec. 31 next Tuesday", "every Monday this month", "two months in
 * 2014", "nearly two months four years ago". TimeML marks each part; each gets the value SUTime
 * gives it written alone (the publication year for a month, the week or month of publication for
 * "this week"), which {@link TimexNormalizer} then resolves like any other.
 */
final class GluedParts {
  private static final String MONTH =
      "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)";
  private static final String COUNT =
      "(?<count>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
  private static final String UNIT = "(?<unit>minute|hour|day|week|month|year|decade)s?";
  private static final String MODIFIER =
      "(?:(?:more|less|fewer)\\s+than\\s+|about\\s+|nearly\\s+|almost\\s+|over\\s+|some\\s+|at\\s+least\\s+)?";
  private static final Map<String, Integer> COUNTS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));
  private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
  private static final Map<String, String> PARTS_OF_DAY =
      Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  /** One kind of part: where it is written and its tag and value. */
  private record Kind(String tag, Pattern pattern, BiFunction<Matcher, LocalDate, String> value) {}

  // In the order they claim words: "four years ago" before "years", "every week" before "week".
  private static final List<Kind> KINDS =
      List.of(
          new Kind("DATE", Pattern.compile("(?i)\\b" + COUNT + "\\s+" + UNIT + "\\s+ago\\b"), GluedParts::ago),
          new Kind(
              "SET",
              Pattern.compile("(?i)\\b(?:every|each)\\s+(?:(?<unit>day|week|month|year)|(?<part>morning|afternoon|evening|night)|" + WEEKDAY + ")\\b"),
              GluedParts::every),
          new Kind(
              "DATE",
              Pattern.compile("(?i)\\b(?<which>this|last|next)\\s+(?:(?<unit>week|month|year)|(?<season>spring|summer|autumn|fall|winter)|" + WEEKDAY + ")\\b"),
              GluedParts::relative),
          new Kind(
              "DATE",
              Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})\\b(?:\\s*,\\s*(?<year>(?:1[89]|20)\\d\\d)\\b)?"),
              GluedParts::monthDay),
          // A month alone, but not "May", which may be the verb.
          new Kind("DATE", Pattern.compile("\\b(?!May\\b)" + MONTH + "(?!\\w)"), GluedParts::month),
          new Kind("DATE", Pattern.compile("(?<![\\d,.])\\b(?<year>(?:1[89]|20)\\d\\d)\\b(?![\\d-])"), (m, d) -> m.group("year")),
          new Kind("DURATION", Pattern.compile("(?i)\\b" + MODIFIER + COUNT + "\\s+" + UNIT + "\\b"), GluedParts::duration),
          new Kind("TIME", Pattern.compile("(?i)\\bovernight\\b"), (m, d) -> d.minusDays(1) + "TNI"));

  private GluedParts() {}

  /** The valued parts of the mention, in text order; empty when none is found. */
  static List<RawMention> of(RawMention m, Sentence sentence, String written, LocalDate published) {
    boolean[] taken = new boolean[written.length()];
    List<RawMention> parts = new ArrayList<>();
    for (Kind kind : KINDS) {
      Matcher match = kind.pattern().matcher(written);
      while (match.find()) {
        if (isTaken(taken, match.start(), match.end())) {
          continue;
        }
        String value = kind.value().apply(match, published);
        RawMention part =
            value == null
                ? null
                : RelativeDurations.at(m, sentence, kind.tag(), m.begin() + match.start(), m.begin() + match.end(), value);
        if (part != null) {
          parts.add(part);
          Arrays.fill(taken, match.start(), match.end(), true);
        }
      }
    }
    parts.sort(Comparator.comparingInt(RawMention::begin));
    return parts;
  }

  private static boolean isTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static int count(Matcher m) {
    String c = m.group("count").toLowerCase(Locale.ROOT);
    return c.chars().allMatch(Character::isDigit) ? Integer.parseInt(c) : COUNTS.get(c);
  }

  private static String duration(Matcher m, LocalDate published) {
    int n = count(m);
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "minute" -> "PT" + n + "M";
      case "hour" -> "PT" + n + "H";
      case "decade" -> "P" + n * 10 + "Y";
      default -> "P" + n + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    };
  }

  /** "four years ago": the year, month or day that far before publication. */
  private static String ago(Matcher m, LocalDate published) {
    int n = count(m);
    return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
      case "year" -> String.valueOf(published.getYear() - n);
      case "decade" -> String.valueOf(published.getYear() - 10 * n);
      case "month" -> YearMonth.from(published).minusMonths(n).toString();
      case "week" -> published.minusWeeks(n).toString();
      case "day" -> published.minusDays(n).toString();
      default -> null; // "two hours ago": the clock time is not known
    };
  }

  private static String every(Matcher m, LocalDate published) {
    if (m.group("unit") != null) {
      return "P1" + m.group("unit").substring(0, 1).toUpperCase(Locale.ROOT);
    }
    if (m.group("part") != null) {
      return "XXXX-XX-XX" + PARTS_OF_DAY.get(m.group("part").toLowerCase(Locale.ROOT));
    }
    return "XXXX-WXX-" + (weekday(m.group("weekday")).getValue());
  }

  /** "this week", "last month", "next Tuesday", "this spring" from the publication date. */
  private static String relative(Matcher m, LocalDate published) {
    int shift =
        switch (m.group("which").toLowerCase(Locale.ROOT)) {
          case "last" -> -1;
          case "next" -> 1;
          default -> 0;
        };
    if (m.group("weekday") != null) {
      DayOfWeek day = weekday(m.group("weekday"));
      LocalDate d =
          shift < 0
              ? published.with(TemporalAdjusters.previous(day))
              : shift > 0 ? published.with(TemporalAdjusters.next(day)) : published.with(TemporalAdjusters.nextOrSame(day));
      return d.toString();
    }
    if (m.group("season") != null) {
      return (published.getYear() + shift) + "-" + SEASONS.get(m.group("season").toLowerCase(Locale.ROOT));
    }
    return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
      case "week" -> {
        LocalDate d = published.plusWeeks(shift);
        yield String.format(
            Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "month" -> YearMonth.from(published).plusMonths(shift).toString();
      default -> String.valueOf(published.getYear() + shift);
    };
  }

  /** "Dec. 31", "Oct. 12, 1989": in the year written, else the publication year. */
  private static String monthDay(Matcher m, LocalDate published) {
    int year = m.group("year") != null ? Integer.parseInt(m.group("year")) : published.getYear();
    return String.format(
        Locale.ROOT, "%d-%02d-%02d", year, TimexValues.monthNumber(m.group("month")), Integer.parseInt(m.group("day")));
  }

  /** "January" in the publication year. */
  private static String month(Matcher m, LocalDate published) {
    return String.format(Locale.ROOT, "%d-%02d", published.getYear(), TimexValues.monthNumber(m.group("month")));
  }

  private static DayOfWeek weekday(String name) {
    return DayOfWeek.of(WEEKDAYS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
  }
}
