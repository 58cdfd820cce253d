package org.newsfacts.extract.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which night "overnight" in a past-tense sentence is. News means the night that led into the day
 * it reports on: "London shares closed lower Friday ... depressed by overnight losses in New
 * York" is Thursday night, "prices fell on Tuesday after crude fell below zero overnight" Monday
 * night. SUTime gives the night of publication. A day before publication named earlier in the same
 * sentence is where the night began ("ordered to leave on Monday as the fire spread overnight":
 * Monday night). A day named more than a week before publication is background, and the night
 * is then the one before publication.
 */
final class Overnight {
  private static final Pattern OVERNIGHT = Pattern.compile("(?i)overnight");

  // A day named longer ago than this is background ("the bombings of Aug. 7"), not the day reported on.
  private static final int RECENT_DAYS = 7;

  private Overnight() {}

  /** Whether the mention is the word "overnight" alone. */
  static boolean is(String text) {
    return OVERNIGHT.matcher(text.strip()).matches();
  }

  /**
   * The TimeML value of the night, {@code YYYY-MM-DDTNI}.
   *
   * @param published the publication date
   * @param lastDay the last day the article named before the mention, or {@code null}
   * @param inSentence whether {@code lastDay} was named in the mention's sentence
   */
  static String night(LocalDate published, LocalDate lastDay, boolean inSentence) {
    boolean recent =
        lastDay != null && !lastDay.isAfter(published) && !lastDay.isBefore(published.minusDays(RECENT_DAYS));
    LocalDate day = recent ? lastDay : published;
    LocalDate night = inSentence && day.isBefore(published) ? day : day.minusDays(1);
    return String.format(Locale.ROOT, "%sTNI", night);
  }
}
