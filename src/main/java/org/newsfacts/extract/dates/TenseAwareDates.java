package org.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Re-resolves dates whose year (or week) the text leaves out, using the tense of the sentence.
 *
 * <p>SUTime resolves "In January" in an article of September 2024 to 2025-01 whatever the
 * sentence says (stanfordnlp/CoreNLP#783). "In January, three U.S. troops were killed" is past
 * tense, so the January meant is the last one before publication: 2024-01. The same goes for
 * weekdays ("on Tuesday the minister said") and for month-and-day dates.
 */
public final class TenseAwareDates {
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d\\d\\b");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  // "Sunday night": a day with a part of day or time after it.
  private static final Pattern DAY_AND_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.+)");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("\\d{4}-W\\d{2}-WE");
  // Relative words SUTime already resolves in the right direction.
  private static final Pattern EXPLICIT_DIRECTION =
      Pattern.compile(
          "(?i)\\b(last|next|past|previous|coming|this|ago|earlier|later|since|until|before|after)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\\b");
  private static final Pattern NAMED_DAY_OR_MONTH =
      Pattern.compile(
          "(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b|weekend|"
              + WEEKDAY.pattern().substring(4));
  private static final Pattern LAST_OR_NEXT_MONTH =
      Pattern.compile(
          "(?i)(last|next)\\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
              + "|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?");
  private static final Pattern AGO =
      Pattern.compile("(?i)\\b(years?|decades?|centur(y|ies))\\s+(ago|earlier|before)\\b");
  private static final Pattern MONTHS_AGO = Pattern.compile("(?i)\\bmonths?\\s+ago\\b");

  // News gives the year of a date more than half a year away. A month or day without one that the
  // tense puts that far is the one on the other side of publication when that is near: "shares
  // were to be redeemed on Nov. 17" in late October is next month, not the year before.
  private static final int HALF_YEAR_MONTHS = 6;
  private static final int NEAR_MONTHS = 2;
  private static final int HALF_YEAR_DAYS = 183;
  private static final int NEAR_DAYS = 62;

  /** Which way a sentence points from its publication date. */
  enum Tense {
    PAST,
    PRESENT,
    FUTURE
  }

  private TenseAwareDates() {}

  /**
   * The value the date mention should have.
   *
   * @param value SUTime's TIMEX3 value
   * @param mentionText the date as written
   * @param sentence its sentence
   * @param firstToken index of the mention's first token in the sentence
   * @param endToken index after its last token
   * @param docDate publication date {@code YYYY-MM-DD}, or {@code null}
   */
  static String resolve(
      String value, String mentionText, Sentence sentence, int firstToken, int endToken, String docDate) {
    if (value == null || docDate == null) {
      return value;
    }
    String lastOrNext = lastOrNextMonth(value, mentionText.strip(), docDate);
    if (lastOrNext != null) {
      return lastOrNext;
    }
    String granular = yearGranularityForAgo(value, mentionText);
    if (!granular.equals(value)
        || YEAR_IN_TEXT.matcher(mentionText).find()
        || EXPLICIT_DIRECTION.matcher(mentionText).find()) {
      return granular;
    }
    if (!NAMED_DAY_OR_MONTH.matcher(mentionText).find()) {
      return value; // "yesterday", "the day before": SUTime already counts from publication
    }
    Tense tense = tenseNear(sentence.tokens(), firstToken, endToken);
    if (tense == Tense.PRESENT) {
      return nearestWeekday(value, mentionText, docDate);
    }
    try {
      LocalDate published = LocalDate.parse(docDate);
      Matcher dayAndTime = DAY_AND_TIME.matcher(value);
      if (dayAndTime.matches()) {
        LocalDate day = LocalDate.parse(dayAndTime.group(1));
        return resolveDay(day, mentionText, published, tense) + dayAndTime.group(2);
      }
      if (WEEKEND_VALUE.matcher(value).matches()) {
        return weekend(published, tense);
      }
      Matcher day = DAY_VALUE.matcher(value);
      if (day.matches()) {
        return resolveDay(LocalDate.parse(value), mentionText, published, tense).toString();
      }
      Matcher month = MONTH_VALUE.matcher(value);
      if (month.matches()) {
        return resolveMonth(YearMonth.parse(value), YearMonth.from(published), tense).toString();
      }
    } catch (DateTimeParseException e) {
      return value;
    }
    return value;
  }

  /** Whether the word is a month or a weekday, in any of the short forms news writes. */
  static boolean namesDayOrMonth(String word) {
    return NAMED_DAY_OR_MONTH.matcher(word.endsWith(".") ? word.substring(0, word.length() - 1) : word).matches();
  }

  /**
   * A weekday in a sentence whose verb gives no direction ("could be found Wednesday", a caption)
   * is the one nearest publication: in a Thursday paper, "Wednesday" is the day before, not six
   * days on. SUTime always takes the next one.
   */
  static String nearestWeekday(String value, String mentionText, String docDate) {
    if (!WEEKDAY.matcher(mentionText).find() || mentionText.matches("(?s).*\\d.*")) {
      return value;
    }
    Matcher dayAndTime = DAY_AND_TIME.matcher(value);
    String day = dayAndTime.matches() ? dayAndTime.group(1) : value;
    String time = dayAndTime.matches() ? dayAndTime.group(2) : "";
    if (!DAY_VALUE.matcher(day).matches()) {
      return value;
    }
    try {
      LocalDate published = LocalDate.parse(docDate);
      DayOfWeek named = LocalDate.parse(day).getDayOfWeek();
      int ahead = Math.floorMod(named.getValue() - published.getDayOfWeek().getValue(), 7);
      LocalDate nearest = ahead <= 3 ? published.plusDays(ahead) : published.minusDays(7 - ahead);
      return nearest + time;
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  /**
   * "last June" is the latest June before the month of publication, "next June" the first after
   * it; SUTime counts from the year instead (in November 1989 it makes "last June" 1988-06).
   */
  private static String lastOrNextMonth(String value, String mentionText, String docDate) {
    Matcher m = LAST_OR_NEXT_MONTH.matcher(mentionText);
    if (!m.matches() || !MONTH_VALUE.matcher(value).matches()) {
      return null;
    }
    try {
      YearMonth published = YearMonth.from(LocalDate.parse(docDate));
      YearMonth candidate = YearMonth.parse(value).withYear(published.getYear());
      if (m.group(1).equalsIgnoreCase("last")) {
        return (candidate.isBefore(published) ? candidate : candidate.minusYears(1)).toString();
      }
      return (candidate.isAfter(published) ? candidate : candidate.plusYears(1)).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "four years ago" means a year, not the day four years before publication. */
  private static String yearGranularityForAgo(String value, String mentionText) {
    if (DAY_VALUE.matcher(value).matches() || MONTH_VALUE.matcher(value).matches()) {
      if (AGO.matcher(mentionText).find()) {
        return value.substring(0, 4);
      }
      if (MONTHS_AGO.matcher(mentionText).find()) {
        return value.substring(0, 7);
      }
    }
    return value;
  }

  private static YearMonth resolveMonth(YearMonth value, YearMonth published, Tense tense) {
    YearMonth candidate = value.withYear(published.getYear());
    return yearOnTenseSide(candidate, published, tense, ChronoUnit.MONTHS, HALF_YEAR_MONTHS, NEAR_MONTHS);
  }

  private static LocalDate resolveDay(
      LocalDate value, String mentionText, LocalDate published, Tense tense) {
    boolean weekdayOnly =
        WEEKDAY.matcher(mentionText).find() && !mentionText.matches("(?s).*\\d.*");
    if (weekdayOnly) {
      DayOfWeek day = value.getDayOfWeek();
      LocalDate candidate = published;
      // The last such weekday on or before publication, or the next on or after it.
      while (candidate.getDayOfWeek() != day) {
        candidate = tense == Tense.PAST ? candidate.minusDays(1) : candidate.plusDays(1);
      }
      return candidate;
    }
    LocalDate candidate;
    try {
      candidate = value.withYear(published.getYear());
    } catch (java.time.DateTimeException e) {
      return value;
    }
    DayOfWeek named = weekdayIn(mentionText);
    if (named != null) {
      // "Monday, Oct. 26": the year, next to publication, whose Oct. 26 is a Monday.
      for (int shift : new int[] {0, -1, 1}) {
        LocalDate year = candidate.plusYears(shift);
        if (year.getDayOfWeek() == named && year.getMonth() == value.getMonth()) {
          return year;
        }
      }
    }
    return yearOnTenseSide(candidate, published, tense, ChronoUnit.DAYS, HALF_YEAR_DAYS, NEAR_DAYS);
  }

  /**
   * The candidate, moved a year to the side of publication the tense points to — unless that
   * puts it more than half a year away while the other side is within {@code near} units
   * ("extended to Nov. 16" written in late October). Works for months and for days.
   */
  @SuppressWarnings("unchecked") // plus/minus of a YearMonth or LocalDate returns the same type
  private static <T extends Temporal & Comparable<? super T>> T yearOnTenseSide(
      T candidate, T published, Tense tense, ChronoUnit unit, long halfYear, long near) {
    T chosen = candidate;
    if (tense == Tense.PAST && candidate.compareTo(published) > 0) {
      chosen = (T) candidate.minus(1, ChronoUnit.YEARS);
    } else if (tense != Tense.PAST && candidate.compareTo(published) < 0) {
      chosen = (T) candidate.plus(1, ChronoUnit.YEARS);
    }
    T other =
        chosen.compareTo(published) > 0
            ? (T) chosen.minus(1, ChronoUnit.YEARS)
            : (T) chosen.plus(1, ChronoUnit.YEARS);
    long away = Math.abs(unit.between(published, chosen));
    long otherAway = Math.abs(unit.between(published, other));
    return away > halfYear && otherAway <= near ? other : chosen;
  }

  private static DayOfWeek weekdayIn(String text) {
    Matcher m = WEEKDAY.matcher(text);
    if (!m.find()) {
      return null;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, Math.min(3, w.length())))) {
        return d;
      }
    }
    return null;
  }

  /**
   * "Over the weekend" in a past-tense sentence is the last weekend that began on or before
   * publication; in a future one the next that has not ended (ISO week of its Saturday).
   */
  static String weekend(LocalDate published, Tense tense) {
    LocalDate saturday = published;
    if (tense == Tense.PAST) {
      while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
        saturday = saturday.minusDays(1);
      }
    } else {
      saturday = published.getDayOfWeek() == DayOfWeek.SUNDAY ? published.minusDays(1) : published;
      while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
        saturday = saturday.plusDays(1);
      }
    }
    int week = saturday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    int year = saturday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
    return String.format(Locale.ROOT, "%d-W%02d-WE", year, week);
  }

  /** The tense of the verb nearest to the mention; PRESENT when there is none. */
  static Tense tenseNear(List<Token> tokens, int firstToken, int endToken) {
    return SentenceTense.near(tokens, firstToken, endToken);
  }
}
