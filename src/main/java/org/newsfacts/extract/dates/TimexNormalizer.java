package org.newsfacts.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;
import org.newsfacts.extract.dates.TimexValues.Timex;
import org.newsfacts.fact.MentionType;

/**
 * The TIMEX3 type and value of one article's temporal mentions, in text order: drops what TimeML
 * does not annotate, rewrites values into TimeML's conventions and resolves dates against the
 * publication date and the tense of their sentence. One instance per article: it remembers the
 * last quarter the article named, which "a year ago" in an earnings report is compared with, and
 * the last date it named, which "later that year" counts from.
 */
public final class TimexNormalizer {
  // How far back (in sentences) a named quarter still anchors "a year earlier".
  private static final int QUARTER_REACH = 4;

  private static final Pattern FISCAL_YEAR =
      Pattern.compile("(?i)fiscal\\s+((?:19|20)\\d\\d)");

  private static final Pattern CLOCK_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}(?::\\d{2}){0,2}Z?)");
  // Words that name a day: the clock time then belongs to that day.
  private static final Pattern DAY_WORD =
      Pattern.compile(
          "(?i)\\b((mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday"
              + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{4}");

  // "the past year", "the last year" as a date: the calendar year before, like "last year"; so is
  // "the previous year" when no date before it says which year it comes after.
  private static final Pattern PAST_YEAR =
      Pattern.compile("(?i)(?:the\\s+)?(?:past|last|previous|preceding|prior)\\s+year");

  private static final Pattern WEEK_OF =
      Pattern.compile(
          "(?i)(?:the\\s+)?week\\s+of\\s+(?<date>(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
              + "\\s+(?<day>\\d{1,2}))");

  // "from a year earlier", "the same month a year ago": compared with the month just named.
  private static final Pattern MONTH_YEAR_AGO =
      Pattern.compile(
          "(?i)(?:the\\s+same\\s+month\\s+)?a\\s+year\\s+(?:ago|earlier|before)"
              + "|the\\s+same\\s+month\\s+(?:of\\s+)?last\\s+year");
  private static final Pattern A_YEAR_AGO = Pattern.compile("(?i)(?:just\\s+)?a\\s+year\\s+ago");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String docDate;
  private final LocalDate published;
  private final AnaphoricDates anaphoric = new AnaphoricDates();
  private String lastQuarter;
  private int lastQuarterSentence = -1;
  private String lastMonth;
  private int lastMonthSentence = -1;
  private LocalDate lastDay;
  private int lastDaySentence = -1;

  public TimexNormalizer(String docDate) {
    this.docDate = docDate;
    this.published = parse(docDate);
  }

  private static LocalDate parse(String docDate) {
    try {
      return docDate == null ? null : LocalDate.parse(docDate);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The mention's type and value, or empty when it is not a temporal expression.
   *
   * @param type the tagger's type (DATE, TIME, DURATION or SET)
   * @param value the tagger's TIMEX3 value, may be {@code null}
   * @param text the mention as written
   * @param sentence its sentence
   * @param firstToken index of its first token in the sentence
   * @param endToken index after its last token
   */
  public Optional<Timex> normalize(
      MentionType type, String value, String text, Sentence sentence, int firstToken, int endToken) {
    List<Token> tokens = sentence.tokens();
    if (NotATimex.applies(text, tokens, endToken)) {
      return Optional.empty();
    }
    Optional<String> run = type == MentionType.SET ? Optional.empty() : OrdinalRuns.value(text, published);
    if (run.isPresent()) {
      if (!OrdinalRuns.inSimplePast(tokens)) {
        anaphoric.remember(run.get());
        return Optional.of(new Timex(MentionType.DATE, run.get()));
      }
      if (value == null || value.isEmpty()) {
        return Optional.empty(); // a run told in the past tense: which day it ended on is not said
      }
    }
    if (type == MentionType.DATE) {
      Optional<YearLikeNumbers.Reading> other =
          YearLikeNumbers.reread(text, tokens, endToken, published == null ? null : published.toString());
      if (other.isPresent()) {
        return other.get().isTemporal()
            ? Optional.of(onReferenceDay(other.get().timex(), text, tokens, endToken))
            : Optional.empty();
      }
    }
    if (AnaphoricDates.isAnaphoric(text)) {
      Optional<String> resolved = anaphoric.resolve(text);
      if (resolved.isPresent()) {
        anaphoric.remember(resolved.get());
        return Optional.of(new Timex(MentionType.DATE, resolved.get()));
      }
      if (value == null || value.isEmpty()) {
        return Optional.empty(); // "later that year" with no date before it: nothing to give
      }
    }
    if (lastMonth != null && lastMonthSentence == sentence.index() && MONTH_YEAR_AGO.matcher(text.strip()).matches()) {
      // "Output in February fell 5% from a year earlier": February of the year before.
      String monthBefore = java.time.YearMonth.parse(lastMonth).minusYears(1).toString();
      return Optional.of(new Timex(MentionType.DATE, monthBefore));
    }
    if (published != null && ReportingPeriods.isYearAgo(text)) {
      Optional<Timex> anchored = yearAgo(text, sentence.index());
      if (anchored.isPresent()) {
        return anchored;
      }
    }
    if ((value == null || value.isEmpty()) && published != null && ReportingPeriods.isUnnamedQuarter(text)) {
      value = ReportingPeriods.of(published); // "the latest period": resolved below like a quarter
    }
    if ((value == null || value.isEmpty()) && published != null) {
      Optional<Timex> week = weekOf(text, sentence, firstToken, endToken);
      if (week.isPresent()) {
        return week;
      }
    }
    if (value == null || value.isEmpty()) {
      Matcher fiscal = FISCAL_YEAR.matcher(text.strip());
      return Optional.of(fiscal.matches() ? new Timex(MentionType.DATE, fiscal.group(1)) : new Timex(type, value));
    }
    String after = endToken < tokens.size() ? tokens.get(endToken).word() : "";
    Timex timex = TimexValues.canonical(type, value, text, after);
    if (published != null && timex.type() != MentionType.SET) {
      timex = resolve(timex, text, sentence, firstToken, endToken);
    }
    if (published != null && timex.type() == MentionType.TIME && Overnight.is(text)
        && TenseAwareDates.tenseNear(tokens, firstToken, endToken) == Tense.PAST) {
      timex = new Timex(MentionType.TIME, Overnight.night(published, lastDay, lastDaySentence == sentence.index()));
    }
    timex = onReferenceDay(timex, text, tokens, endToken);
    rememberDay(timex, sentence.index());
    if (timex.type() == MentionType.DATE && timex.value() != null && MONTH_VALUE.matcher(timex.value()).matches()) {
      lastMonth = timex.value();
      lastMonthSentence = sentence.index();
    }
    if (ReportingPeriods.isQuarter(timex.value()) && timex.type() == MentionType.DATE) {
      lastQuarter = timex.value();
      lastQuarterSentence = sentence.index();
    }
    if (timex.type() == MentionType.DATE || timex.type() == MentionType.TIME) {
      anaphoric.remember(timex.value());
    }
    return Optional.of(timex);
  }

  /** Keeps the day of a date or time that names one, for "overnight" to count from. */
  private void rememberDay(Timex timex, int sentenceIndex) {
    Matcher day = DAY_VALUE.matcher(timex.value() == null ? "" : timex.value());
    if ((timex.type() == MentionType.DATE || timex.type() == MentionType.TIME) && day.lookingAt()) {
      try {
        lastDay = LocalDate.parse(day.group());
        lastDaySentence = sentenceIndex;
      } catch (DateTimeException e) {
        // not a calendar day: keep the last one
      }
    }
  }

  /**
   * "the week of March 6", which SUTime leaves without a value, is the ISO week of that day; the
   * day's year follows the tense like a date written alone.
   */
  private Optional<Timex> weekOf(String text, Sentence sentence, int firstToken, int endToken) {
    Matcher m = WEEK_OF.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int month = TimexValues.monthNumber(m.group("month"));
      LocalDate named = LocalDate.of(published.getYear(), month, Integer.parseInt(m.group("day")));
      String resolved =
          TenseAwareDates.resolve(named.toString(), m.group("date"), sentence, firstToken, endToken, docDate);
      LocalDate day = LocalDate.parse(resolved);
      return Optional.of(
          new Timex(
              MentionType.DATE,
              String.format(
                  Locale.ROOT,
                  "%d-W%02d",
                  day.get(IsoFields.WEEK_BASED_YEAR),
                  day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A clock time with no day in or right after it ("at 10 p.m.") is on the day the article is
   * talking about, the last one it named, not necessarily the day of publication.
   */
  private Timex onReferenceDay(Timex timex, String text, List<Token> tokens, int endToken) {
    Matcher clock = CLOCK_TIME.matcher(timex.value() == null ? "" : timex.value());
    if (timex.type() != MentionType.TIME || !clock.matches() || DAY_WORD.matcher(text).find()) {
      return timex;
    }
    for (int i = endToken; i < Math.min(tokens.size(), endToken + 3); i++) {
      if (DAY_WORD.matcher(tokens.get(i).word()).find()) {
        return timex; // "9 a.m. Tuesday": the day follows, and the time's value already has it
      }
    }
    return anaphoric.referenceDay().map(day -> new Timex(MentionType.TIME, day + clock.group(1))).orElse(timex);
  }

  /**
   * "a year ago" after a named quarter is that quarter a year before; "the year-earlier quarter"
   * or "year-ago" with none named is the last reported quarter a year before.
   */
  private Optional<Timex> yearAgo(String text, int sentenceIndex) {
    if (lastQuarter != null && sentenceIndex - lastQuarterSentence <= QUARTER_REACH) {
      return Optional.of(new Timex(MentionType.DATE, ReportingPeriods.yearBefore(lastQuarter)));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("quarter") || lower.contains("year-") || lower.contains("period")) {
      String reported = ReportingPeriods.previous(ReportingPeriods.of(published));
      return Optional.of(new Timex(MentionType.DATE, ReportingPeriods.yearBefore(reported)));
    }
    if (A_YEAR_AGO.matcher(text.strip()).matches()) {
      // "up from seven a year ago", "curbs it announced a year ago": with no period named before
      // it, the month of publication a year back, as TimeBank writes it.
      return Optional.of(new Timex(MentionType.DATE, java.time.YearMonth.from(published).minusYears(1).toString()));
    }
    return Optional.empty();
  }

  private Timex resolve(Timex timex, String text, Sentence sentence, int firstToken, int endToken) {
    Tense tense = TenseAwareDates.tenseNear(sentence.tokens(), firstToken, endToken);
    String quarter = ReportingPeriods.quarter(text, tense, published);
    if (quarter != null) {
      return new Timex(MentionType.DATE, quarter);
    }
    if (timex.type() == MentionType.TIME) {
      // "Sunday night" in a past-tense sentence is the last Sunday, as "Sunday" alone would be.
      return new Timex(
          MentionType.TIME,
          TenseAwareDates.resolve(timex.value(), text, sentence, firstToken, endToken, docDate));
    }
    if (timex.type() != MentionType.DATE) {
      return timex;
    }
    // SUTime reads "the past year" as the current one; TimeML, like the reader, as the one before.
    String thisYear = String.valueOf(published.getYear());
    if (PAST_YEAR.matcher(text.strip()).matches() && timex.value().equals(thisYear)) {
      return new Timex(MentionType.DATE, String.valueOf(published.getYear() - 1));
    }
    if (Holidays.named(text)) {
      return new Timex(MentionType.DATE, Holidays.resolve(timex.value(), text, tense, published));
    }
    return new Timex(
        MentionType.DATE,
        TenseAwareDates.resolve(timex.value(), text, sentence, firstToken, endToken, docDate));
  }
}
