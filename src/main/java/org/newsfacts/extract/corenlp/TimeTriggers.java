package org.newsfacts.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where in a sentence a date or time could be, decided from its words and tags alone.
 *
 * <p>SUTime's date and time rules cost most of the tagger's time, and every one of them needs
 * an anchor: a month, weekday, time unit, part of the day, season, holiday, a word SUTime reads
 * as a date on its own ("today", "now", "recently"), a year-like or date-like number, or a clock
 * time. Away from these words SUTime cannot match, so {@link TimeGatedNer} runs it only on the
 * stretches around them. The word list is deliberately generous: a word too many only costs
 * time, a word too few would lose a date. It was checked against SUTime's own rule files
 * ({@code edu/stanford/nlp/models/sutime/english.sutime.txt}).
 */
public final class TimeTriggers {
  private static final Set<String> WORDS =
      Set.of(
          // months and their abbreviations ("may", "march", "mar" are in NOUN_ONLY)
          "january", "february", "april", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec",
          // weekdays
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
          "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "weekday", "weekend",
          "workday", "workweek", "weeknight",
          // units
          "millisecond", "millisec", "minute", "hour", "hr", "day", "week", "wk", "fortnight",
          "month", "mo", "quarter", "year", "yr", "decade", "century", "millennium", "millenium",
          "millennia", "millenia", "season",
          // parts of the day
          "morning", "afternoon", "evening", "night", "tonight", "tonite", "noon", "midnight",
          "midday", "dawn", "dusk", "daybreak", "daylight", "daytime", "nighttime", "sunrise",
          "sunset", "sundown", "sunup", "twilight", "lunchtime", "dinnertime", "suppertime",
          "teatime", "overnight", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock",
          // seasons ("spring" and "fall" are in NOUN_ONLY)
          "summer", "autumn", "winter", "solstice", "equinox",
          // words SUTime reads as a date on their own
          "today", "tomorrow", "yesterday", "now", "currently", "current", "present", "recently",
          "past", "previously", "once", "future", "medieval", "time", "ago",
          // frequencies
          "daily", "weekly", "monthly", "yearly", "annually", "annual", "hourly", "nightly",
          "quarterly", "fortnightly", "biweekly", "bimonthly", "biannual", "semiannual",
          "centennial",
          // decades, and years in words ("nineteen eighty-seven")
          "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
          "eighties", "nineties", "noughts", "oughts", "seventeen", "eighteen", "nineteen",
          "twenty",
          // holidays whose name has no other trigger word
          "christmas", "xmas", "x-mas", "easter", "thanksgiving", "halloween", "mayo");

  // SUTime drops these on their own unless they are tagged as nouns ("may" the verb), but keeps
  // them inside a date ("May 22", whatever the tag): they count as nouns or when capitalised.
  private static final Set<String> NOUN_ONLY =
      Set.of("may", "march", "mar", "spring", "fall", "second", "sec", "sat", "sun", "min");

  // Numbers SUTime can read as a year, date or time: 1987, 1980s, '87, 1987/88/12, 10/20/87,
  // 10-20-87, 20.10.87, 10:30, 10h30, 20th, Q1, 5pm. A plain amount ("2.5", "15-20", "6-1/2",
  // "150,000", "5000") is none of these: SUTime's years run from 0000 to 2999.
  private static final Pattern TIME_LIKE_NUMBER =
      Pattern.compile(
          "(?i).*(?:(?<!\\d)[012]\\d{3}(?!\\d)|\\d0s|['\u2019]\\d\\d|\\d/\\d+/\\d|\\d:\\d\\d"
              + "|\\d-\\d+-\\d|\\d\\.\\d+\\.\\d|\\dh\\d|\\d(?:st|nd|rd|th)\\b|\\bq[1-4]\\b"
              + "|\\b[1-4]q\\b|\\d(?:am|pm|a\\.m|p\\.m)\\b).*");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  private TimeTriggers() {}

  /** Tokens {@code [start, end)} of a sentence. */
  record Window(int start, int end) {}

  /**
   * The stretches of a sentence that could hold a date or time: every trigger word with {@code
   * radius} words on each side, overlapping or touching stretches joined. Empty when the sentence
   * has no trigger.
   *
   * @param words the sentence's words
   * @param tags their part-of-speech tags (Penn Treebank), same length
   */
  static List<Window> windows(List<String> words, List<String> tags, int radius) {
    List<Window> windows = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < words.size(); i++) {
      if (!isTrigger(words.get(i), tags.get(i))) {
        continue;
      }
      int from = Math.max(0, i - radius);
      int to = Math.min(words.size(), i + radius + 1);
      if (start >= 0 && from <= end) {
        end = Math.max(end, to);
      } else {
        if (start >= 0) {
          windows.add(new Window(start, end));
        }
        start = from;
        end = to;
      }
    }
    if (start >= 0) {
      windows.add(new Window(start, end));
    }
    return windows;
  }

  static boolean isTrigger(String word, String tag) {
    if (word.chars().anyMatch(Character::isDigit) && TIME_LIKE_NUMBER.matcher(word).matches()) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower)) { // "a.m.", "o'clock", "x-mas"
      return true;
    }
    boolean noun =
        (tag != null && tag.startsWith("NN")) || (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)));
    // "three-year", "mid-March", "Sept.", "year's": each run of letters counts.
    for (String part : NOT_LETTERS.split(lower)) {
      if (part.isEmpty()) {
        continue;
      }
      String one = singular(part);
      if (WORDS.contains(part) || WORDS.contains(one)) {
        return true;
      }
      if (noun && (NOUN_ONLY.contains(part) || NOUN_ONLY.contains(one))) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y"; // centuries
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
