package org.newsfacts.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * The second day of a range written with its month once: "the summit on April 24 and 25", "talks
 * from Sept. 26-28". TimeML marks both days, the second as a date of the first one's month; the
 * tagger reads the bare "25" as a number, and "Sept. 26-28", one token, as the month alone.
 */
public final class DayRanges {
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // A month name or abbreviation ending the mention ("Sept.", "April"), then, for a month alone,
  // the range that follows it: "26-28".
  private static final Pattern MONTH_TEXT =
      Pattern.compile(
          "(?i).*\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
  private static final Pattern MONTH_DAY_TEXT = Pattern.compile("(?is)" + MONTH_TEXT.pattern().substring(4) + "\\s+\\d{1,2}");
  private static final Pattern JOINED_RANGE = Pattern.compile("\\s+(?<first>\\d{1,2})[-–](?<second>\\d{1,2})(?![\\d,.]?\\d)");
  // After a month and day: "and 25", "-28", "to 28", "through 28". Not "May 5 and 6 percent",
  // "June 3 to 5,000 people", "April 2 and 3 p.m." or "March 1 and 14 other dates": no unit or
  // noun may follow the day, only the end of the phrase or a word that starts the next one.
  private static final Pattern SECOND_DAY =
      Pattern.compile("(?:\\s*[-–]\\s*|\\s+(?:and|to|through|or)\\s+)(?<day>\\d{1,2})(?![\\d,.]?\\d)(?!\\s*(?:%|percent|per\\b|[ap]\\.?m\\b|o'clock"
              + "|(?!(?:in|at|on|when|after|before|for|with|and|but|while|as)\\b)[a-z]))");

  private DayRanges() {}

  /** The mentions with the second day of each such range added (in text order). */
  public static List<Mention> split(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      if (m.type() != MentionType.DATE || !(m.value() instanceof String value)) {
        out.add(m);
        continue;
      }
      if (MONTH_VALUE.matcher(value).matches() && MONTH_TEXT.matcher(m.text()).matches()) {
        Matcher joined = JOINED_RANGE.matcher(text).region(m.end(), text.length());
        if (joined.lookingAt() && isRange(joined.group("first"), joined.group("second"))) {
          Mention first = day(m.start(), joined.end("first"), value, joined.group("first"), text, m.sentence());
          Mention second = day(joined.start("second"), joined.end("second"), value, joined.group("second"), text, m.sentence());
          // The tagger's number for "26-28" gives way to the two days.
          boolean nextIsTheRange = next != null && next.start() >= m.end() && next.end() <= joined.end()
              && !next.type().isTemporal();
          if (first != null && second != null && (next == null || nextIsTheRange || next.start() >= joined.end())) {
            out.add(first);
            out.add(second);
            if (nextIsTheRange) {
              i++;
            }
            continue;
          }
        }
      } else if (DAY_VALUE.matcher(value).matches() && MONTH_DAY_TEXT.matcher(m.text()).matches()) {
        Matcher after = SECOND_DAY.matcher(text).region(m.end(), text.length());
        String firstDay = m.text().replaceAll("(?s).*\\D", "");
        if (after.lookingAt() && isRange(firstDay, after.group("day"))) {
          Mention second =
              day(after.start("day"), after.end("day"), value.substring(0, 7), after.group("day"), text, m.sentence());
          // What the tagger made of the bare day ("25" as a number) gives way to the date.
          boolean nextIsTheDay = next != null && next.start() == after.start("day") && next.end() == after.end("day")
              && !next.type().isTemporal();
          if (second != null && (next == null || nextIsTheDay || next.start() >= after.end())) {
            out.add(m);
            out.add(second);
            if (nextIsTheDay) {
              i++;
            }
            continue;
          }
        }
      }
      out.add(m);
    }
    return out;
  }

  private static boolean isRange(String first, String second) {
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    return a >= 1 && a < b && b <= 31;
  }

  /** A date mention for the day of the given month value, or null when there is no such day. */
  private static Mention day(int start, int end, String monthValue, String day, String text, int sentence) {
    try {
      LocalDate date = LocalDate.parse(monthValue.substring(0, 7) + "-01").withDayOfMonth(Integer.parseInt(day));
      return new Mention(
          MentionType.DATE, start, end, text.substring(start, end), date.toString(), null, null, null, null, sentence);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
