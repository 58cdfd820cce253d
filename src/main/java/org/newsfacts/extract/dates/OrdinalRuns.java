package org.newsfacts.extract.dates;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * "the eighth day of the offensive", "a second consecutive day", "fourth week in a row": a run that
 * counts up to the time of writing names the current day, week, month or year, the one the
 * article is published in. SUTime counts forward from the publication date instead (the eighth
 * day from now) or misses the phrase. "The first day" is left alone: a first day starts something
 * and is seldom today; so is a run told in the simple past.
 */
public final class OrdinalRuns {
  private static final String ORDINAL =
      "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:nd|rd|th))";
  private static final String RUN = "(?:consecutive|straight|successive|running)";
  /** The whole mention: an ordinal and a calendar unit. */
  private static final Pattern MENTION =
      Pattern.compile(
          "(?i)(?:(?:the|a|an|its|their)\\s+)?" + ORDINAL + "\\s+(?:" + RUN + "\\s+)?(?<unit>day|week|month|year)");
  /** In running text, where SUTime misses the phrase: only a run ("consecutive", "in a row"). */
  static final Pattern MISSED =
      Pattern.compile(
          "(?i)\\b(?:(?:the|a|an|its|their)\\s+)?" + ORDINAL + "\\s+" + RUN + "\\s+(?:day|week|month|year)\\b(?!\\s*-)");

  private OrdinalRuns() {}

  /**
   * Whether the sentence tells its run in the simple past ("stocks fell for a third straight
   * day"), which ended on a day it does not say; the present perfect ("has been suspended for a
   * second consecutive day") runs up to now.
   */
  static boolean inSimplePast(List<Token> sentence) {
    return sentence.stream().anyMatch(t -> t.hasTag("VBD"));
  }

  /**
   * The current day, week, month or year for a mention that counts a run, or empty when the text
   * is not such a run or there is no publication date.
   */
  static Optional<String> value(String text, LocalDate published) {
    Matcher m = MENTION.matcher(text.strip());
    if (published == null || !m.matches()) {
      return Optional.empty();
    }
    switch (m.group("unit").toLowerCase(Locale.ROOT)) {
      case "day":
        return Optional.of(published.toString());
      case "week":
        return Optional.of(
            String.format(
                Locale.ROOT,
                "%d-W%02d",
                published.get(IsoFields.WEEK_BASED_YEAR),
                published.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      case "month":
        return Optional.of(published.toString().substring(0, 7));
      default:
        return Optional.of(String.valueOf(published.getYear()));
    }
  }
}
