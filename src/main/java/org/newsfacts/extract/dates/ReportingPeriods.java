package org.newsfacts.extract.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

/**
 * Quarters and year-ago comparisons as business news uses them. "The quarter" and "the latest
 * quarter" in a past-tense report are the last quarter that ended before publication; "third
 * quarter" without a year is the latest one in a past-tense sentence and the coming one in a
 * future one; "a year ago" or "the year-earlier period" compared with a quarter is that quarter one
 * year before (TimeML gives a relative date the granularity of what it is compared with).
 */
public final class ReportingPeriods {
  private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern ORDINAL_QUARTER =
      Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter");
  private static final Pattern CURRENT_QUARTER =
      Pattern.compile("(?i)^(the|that)?\\s*((latest|most recent|just-ended|same)\\s+)?(fiscal\\s+)?(quarter|period)$");
  private static final Pattern YEAR_AGO =
      Pattern.compile(
          "(?i)^(a year (ago|earlier|before)|(the\\s+)?((comparable|same)\\s+)?year\\s*-\\s*(earlier|ago)(\\s+(quarter|period))?"
              + "|the (same|corresponding|comparable|year-earlier|year-ago) (quarter|period)( (a year (ago|earlier)|last year|of last year|the year before))?"
              + "|last year's (quarter|period))$");
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d\\d\\b");

  private ReportingPeriods() {}

  /** Whether the text names a quarter-like period without saying which one. */
  static boolean isUnnamedQuarter(String text) {
    return CURRENT_QUARTER.matcher(text.strip()).matches() && !text.toLowerCase(Locale.ROOT).endsWith("period")
        || text.strip().toLowerCase(Locale.ROOT).matches("(the )?(latest|most recent) period");
  }

  /** Whether the text is a comparison with the same period a year before. */
  static boolean isYearAgo(String text) {
    return YEAR_AGO.matcher(text.strip()).matches();
  }

  /** The quarter the text means, or {@code null} when it names none this class resolves. */
  static String quarter(String text, Tense tense, LocalDate published) {
    if (YEAR_IN_TEXT.matcher(text).find()) {
      return null;
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (lower.matches("(the )?current (fiscal )?quarter")) {
      return of(published);
    }
    if (lower.matches("this (fiscal )?quarter")) {
      return tense == Tense.PAST ? previous(of(published)) : of(published);
    }
    if (isUnnamedQuarter(text)) {
      return tense == Tense.FUTURE ? of(published) : previous(of(published));
    }
    Matcher ordinal = ORDINAL_QUARTER.matcher(text);
    if (ordinal.find()) {
      int q = quarterNumber(ordinal.group(1));
      if (lower.contains("next year")) {
        return (published.getYear() + 1) + "-Q" + q;
      }
      if (lower.contains("last year") || lower.contains("year-ago") || lower.contains("year-earlier")) {
        return (published.getYear() - 1) + "-Q" + q;
      }
      return named(q, published, tense);
    }
    return null;
  }

  private static int quarterNumber(String ordinal) {
    String o = ordinal.toLowerCase(Locale.ROOT);
    if (o.startsWith("fi") || o.startsWith("1")) {
      return 1;
    }
    if (o.startsWith("se") || o.startsWith("2")) {
      return 2;
    }
    if (o.startsWith("th") || o.startsWith("3")) {
      return 3;
    }
    return 4;
  }

  /**
   * Quarter {@code q} of the publication year, or of the year before when a past-tense sentence
   * names a quarter that has not begun yet. A future-tense sentence does not move it forward:
   * "expects to report third-quarter results" in October is about the quarter just ended.
   */
  static String named(int q, LocalDate published, Tense tense) {
    int year = published.getYear();
    int current = (published.getMonthValue() - 1) / 3 + 1;
    if (tense == Tense.PAST && q > current) {
      year--;
    }
    return year + "-Q" + q;
  }

  /** The quarter {@code published} falls in. */
  static String of(LocalDate published) {
    return published.getYear() + "-Q" + ((published.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter before {@code quarter} ({@code YYYY-Qn}). */
  static String previous(String quarter) {
    Matcher m = QUARTER_VALUE.matcher(quarter);
    if (!m.matches()) {
      return quarter;
    }
    int year = Integer.parseInt(m.group(1));
    int q = Integer.parseInt(m.group(2));
    return q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1);
  }

  /** The same quarter one year before, or {@code null} when {@code quarter} is not one. */
  static String yearBefore(String quarter) {
    Matcher m = QUARTER_VALUE.matcher(quarter == null ? "" : quarter);
    return m.matches() ? (Integer.parseInt(m.group(1)) - 1) + "-Q" + m.group(2) : null;
  }

  static boolean isQuarter(String value) {
    return value != null && QUARTER_VALUE.matcher(value).matches();
  }
}
