package org.newsfacts.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.AnnotatedText.Sentence;
import org.newsfacts.extract.AnnotatedText.Token;
import org.newsfacts.extract.TenseAwareDates.Tense;
import org.newsfacts.extract.TimexValues.Timex;
import org.newsfacts.fact.MentionType;

/**
 * The TIMEX3 type and value of one article's temporal mentions, in text order: drops what TimeML
 * does not annotate, rewrites values into TimeML's conventions and resolves dates against the
 * publication date and the tense of their sentence. One instance per article: it remembers the
 * last quarter the article named, which "a year ago" in an earnings report is compared with, and
 * the last date it named, which "later that year" counts from.
 */
final class TimexNormalizer {
  // How far back (in sentences) a named quarter still anchors "a year earlier".
  private static final int QUARTER_REACH = 4;

  private static final Pattern FISCAL_YEAR =
      Pattern.compile("(?i)fiscal\\s+((?:19|20)\\d\\d)");

  private final String docDate;
  private final LocalDate published;
  private final AnaphoricDates anaphoric = new AnaphoricDates();
  private String lastQuarter;
  private int lastQuarterSentence = -1;

  TimexNormalizer(String docDate) {
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
  Optional<Timex> normalize(
      MentionType type, String value, String text, Sentence sentence, int firstToken, int endToken) {
    List<Token> tokens = sentence.tokens();
    if (NotATimex.applies(text, tokens, endToken)) {
      return Optional.empty();
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
    if (published != null && ReportingPeriods.isYearAgo(text)) {
      Optional<Timex> anchored = yearAgo(text, sentence.index());
      if (anchored.isPresent()) {
        return anchored;
      }
    }
    if ((value == null || value.isEmpty()) && published != null && ReportingPeriods.isUnnamedQuarter(text)) {
      value = ReportingPeriods.of(published); // "the latest period": resolved below like a quarter
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
    if (ReportingPeriods.isQuarter(timex.value()) && timex.type() == MentionType.DATE) {
      lastQuarter = timex.value();
      lastQuarterSentence = sentence.index();
    }
    if (timex.type() == MentionType.DATE || timex.type() == MentionType.TIME) {
      anaphoric.remember(timex.value());
    }
    return Optional.of(timex);
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
    if (lower.contains("quarter") || lower.contains("year-")) {
      String reported = ReportingPeriods.previous(ReportingPeriods.of(published));
      return Optional.of(new Timex(MentionType.DATE, ReportingPeriods.yearBefore(reported)));
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
    if (Holidays.named(text)) {
      return new Timex(MentionType.DATE, Holidays.resolve(timex.value(), text, tense, published));
    }
    return new Timex(
        MentionType.DATE,
        TenseAwareDates.resolve(timex.value(), text, sentence, firstToken, endToken, docDate));
  }
}
