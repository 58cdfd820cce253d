package org.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Durations SUTime turns into shifted dates or glues to the day after them.
 *
 * <p>"Three days later" and "three years from now" come out of SUTime as one date three days or
 * years from publication. TimeML marks the duration ("Three days", P3D) and leaves the relative
 * word as a signal: the date it points to counts from an event, not from publication. So is "two
 * days earlier" ("A day earlier, scores of trucks crossed"), in units up to a week; "a year
 * earlier", "a month earlier", "before" and any unit after an amount ("from 148 mln a week
 * earlier") are left alone, because news writes them for the period a figure is compared with,
 * which is a date.
 *
 * <p>"lowest level in six years on Thursday" and "a turbulent day yesterday" come out as one
 * expression without a value; they are a duration and a day, two TIMEX3s.
 */
public final class RelativeDurations {
  private static final Map<String, Integer> COUNTS =
      Map.ofEntries(
          Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
          Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
          Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
          Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
          Map.entry("twenty", 20), Map.entry("thirty", 30));
  private static final String COUNT = "(?<count>\\d{1,3}|a\\s+few|few|several|some|[a-z]+)";
  private static final String UNIT =
      "(?<unit>second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?";
  private static final String MODIFIER =
      "(?:(?:more|less|fewer)\\s+than\\s+|about\\s+|nearly\\s+|almost\\s+|over\\s+|at\\s+least\\s+)?";
  /** "three days later", "two more weeks later", "three years from now", "more than 20 years later". */
  private static final Pattern LATER =
      Pattern.compile(
          "(?i)" + MODIFIER + "(?<duration>" + COUNT + "\\s+(?:more\\s+)?" + UNIT + ")\\s+(?:later|from\\s+now|hence|afterwards?)");
  /** "two days earlier", "an hour earlier": units short enough that no report compares periods in them. */
  private static final Pattern EARLIER =
      Pattern.compile(
          "(?i)(?<duration>" + COUNT + "\\s+(?:more\\s+)?(?<unit>second|minute|hour|day|night|week)s?)\\s+earlier");
  /** "more than", "about": part of the duration's extent in TimeML, not of its value. */
  /** "six years on Thursday", "more than four hours Friday", "day yesterday": a stretch, then the day something happened. */
  private static final Pattern STRETCH_THEN_DAY =
      Pattern.compile(
          "(?i)(?<duration>(?:" + MODIFIER + COUNT + "\\s+)?" + UNIT + ")\\s+(?:on\\s+)?"
              + "(?<day>(?<weekday>mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow)");

  private RelativeDurations() {}

  /**
   * The tagger's mentions with each "N units later" turned into the duration "N units" and each
   * stretch glued to a day split in two. Other mentions are returned as they are.
   */
  static List<RawMention> reshape(List<RawMention> mentions, List<Sentence> sentences, String text, String docDate) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention m : mentions) {
      if (!"DATE".equals(m.tag())) {
        out.add(m);
        continue;
      }
      Sentence sentence = sentences.get(m.sentence());
      String written = text.substring(m.begin(), m.end());
      Matcher later = LATER.matcher(written);
      if (!later.matches() && !afterAnAmount(sentence.tokens(), m.firstToken())) {
        later = EARLIER.matcher(written);
      }
      Matcher split = STRETCH_THEN_DAY.matcher(written);
      List<RawMention> parts = new ArrayList<>(2);
      if (later.matches() && durationValue(later) != null) {
        parts.add(durationMention(m, sentence, later, durationValue(later)));
      } else if (split.matches() && (m.timexValue() == null || m.timexValue().isEmpty())) {
        String duration = split.group("count") == null ? null : durationValue(split);
        if (duration != null) {
          parts.add(durationMention(m, sentence, split, duration));
        }
        parts.add(dayMention(m, sentence, split, docDate));
      }
      parts.removeIf(Objects::isNull);
      if (parts.isEmpty()) {
        out.add(m);
      } else {
        out.addAll(parts);
      }
    }
    return out;
  }

  /**
   * "from 148 mln dlrs a week earlier", "up from 4 pct a day earlier": after an amount, "earlier"
   * names the period the amount is compared with, a date like "a year earlier".
   */
  private static boolean afterAnAmount(List<Token> tokens, int firstToken) {
    for (int i = Math.max(0, firstToken - 3); i < firstToken && i < tokens.size(); i++) {
      if (tokens.get(i).hasTag("CD")) {
        return true;
      }
    }
    return false;
  }

  /** P3D, PT2H, P20Y for "two decades", PXD for "a few days"; null when the count is no number. */
  static String durationValue(Matcher m) {
    String count = m.group("count").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    String n;
    if (count.chars().allMatch(Character::isDigit)) {
      n = count;
    } else if (COUNTS.containsKey(count)) {
      n = String.valueOf(COUNTS.get(count));
    } else if (count.equals("a few") || count.equals("few") || count.equals("several") || count.equals("some")) {
      n = "X";
    } else {
      return null;
    }
    switch (unit) {
      case "second":
        return "PT" + n + "S";
      case "minute":
        return "PT" + n + "M";
      case "hour":
        return "PT" + n + "H";
      case "decade":
        return n.equals("X") ? "PXY" : "P" + Integer.parseInt(n) * 10 + "Y";
      case "century":
      case "centurie":
        return n.equals("X") ? "PXC" : "P" + Integer.parseInt(n) * 100 + "Y";
      case "night":
        return "P" + n + "D";
      default:
        return "P" + n + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    }
  }

  private static RawMention durationMention(RawMention m, Sentence sentence, Matcher match, String value) {
    int begin = m.begin() + match.start("duration");
    int end = m.begin() + match.end("duration");
    return at(m, sentence, "DURATION", begin, end, value);
  }

  /** The day, with the value SUTime gives a day named alone; the tense rules resolve it later. */
  private static RawMention dayMention(RawMention m, Sentence sentence, Matcher match, String docDate) {
    if (docDate == null) {
      return null;
    }
    LocalDate published;
    try {
      published = LocalDate.parse(docDate);
    } catch (DateTimeParseException e) {
      return null;
    }
    String day = match.group("day").toLowerCase(Locale.ROOT);
    LocalDate value;
    switch (day) {
      case "yesterday":
        value = published.minusDays(1);
        break;
      case "today":
        value = published;
        break;
      case "tomorrow":
        value = published.plusDays(1);
        break;
      default:
        value = published.with(TemporalAdjusters.nextOrSame(weekday(match.group("weekday"))));
    }
    int begin = m.begin() + match.start("day");
    int end = m.begin() + match.end("day");
    return at(m, sentence, "DATE", begin, end, value.toString());
  }

  private static DayOfWeek weekday(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT).substring(0, 3);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(p)) {
        return d;
      }
    }
    throw new IllegalArgumentException(prefix);
  }

  /** A mention of the part [begin, end) of {@code m}, on whole tokens; null when they do not line up. */
  static RawMention at(RawMention m, Sentence sentence, String tag, int begin, int end, String value) {
    List<Token> tokens = sentence.tokens();
    int first = -1;
    int last = -1;
    for (int i = m.firstToken(); i < m.endToken() && i < tokens.size(); i++) {
      if (tokens.get(i).begin() == begin) {
        first = i;
      }
      if (tokens.get(i).end() == end) {
        last = i + 1;
      }
    }
    if (first < 0 || last <= first) {
      return null; // the tokens do not line up with the words
    }
    return new RawMention(tag, begin, end, m.sentence(), first, last, null, value, tag);
  }
}
