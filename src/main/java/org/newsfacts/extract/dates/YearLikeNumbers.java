package org.newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.dates.TimexValues.Timex;
import org.newsfacts.fact.MentionType;

/**
 * Four-digit numbers SUTime takes for years that are something else: a clock time ("at 0800
 * GMT", "2100 hours", "between 0800 and 0830 GMT", "(0458)", "will open at 1000"), a house number
 * ("1600 Pennsylvania Avenue"), a count ("1000+ hours") or a year too far from publication to be
 * one in news ("2950"; "1099 reporting" when no word of time leads to it); and "the 1500s", which
 * is a century, not the decade 1500-1509.
 */
final class YearLikeNumbers {
  private static final Pattern FOUR_DIGITS = Pattern.compile("(\\d\\d)(\\d\\d)");
  // Words after a four-digit clock time: a time zone, "hours" or "local".
  private static final Set<String> CLOCK_WORDS =
      Set.of(
          "gmt", "utc", "z", "hours", "hrs", "hrs.", "local", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
          "pdt", "cet", "cest", "bst", "jst", "ist", "sgt", "hkt", "aest", "aedt");
  // "between 0800 and 0830 GMT", "from 1700 to 2100 hrs": the time zone follows the last time only.
  private static final Set<String> RANGE_WORDS = Set.of("and", "to", "-", "--", "until", "till");
  // "1099 reporting", "rated 4.8 (1300)", a wire slug's "(XYJV 1535)", "LONDON GOLD 1500 FIX": a
  // year this long before publication is a number or a clock time unless a word of time leads to it
  // ("founded in 1100", "until 1066").
  private static final int FARTHEST_PAST_YEARS = 400;
  // "the market will open at 1000": a year this long before publication after "at" is a clock time.
  private static final int FARTHEST_PAST_YEARS_AT = 150;
  private static final Set<String> UNIVERSAL_TIME = Set.of("gmt", "utc", "z");
  // The last word of a street name; the number before the name is a house number.
  private static final Pattern STREET =
      Pattern.compile(
          "(?i)(avenue|ave|street|st|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|highway|hwy"
              + "|parkway|pkwy|square|sq|terrace|plaza|alley|crescent)\\.?");
  // "in 1998 Main Street was rebuilt": after these the number is a year whatever follows.
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("in", "since", "during", "until", "till", "by", "before", "after", "from", "of", "to", "through");
  // A year this far after publication is a number in a news story, not a date it reports.
  private static final int FARTHEST_FUTURE_YEARS = 150;
  // "the 1500s": years ending in 00 with an s are the century (before 1900, when the decade
  // reading is rare).
  private static final Pattern HUNDREDS = Pattern.compile("(?i)(?:the\\s+)?(1[0-8])00s");

  /** What a year-shaped mention is instead: a time or century ({@code timex}), or nothing temporal. */
  record Reading(Timex timex) {
    static final Reading NOT_TEMPORAL = new Reading(null);

    boolean isTemporal() {
      return timex != null;
    }
  }

  private YearLikeNumbers() {}

  /**
   * What the mention is instead of a year, or empty when it is a year (or no bare four-digit
   * number).
   *
   * @param docDate publication date {@code YYYY-MM-DD}, or {@code null}
   */
  static Optional<Reading> reread(
      String text, List<Token> tokens, int endToken, String docDate) {
    String written = text.strip();
    Matcher hundreds = HUNDREDS.matcher(written);
    if (hundreds.matches()) {
      return Optional.of(new Reading(new Timex(MentionType.DATE, hundreds.group(1))));
    }
    Matcher digits = FOUR_DIGITS.matcher(written);
    if (!digits.matches()) {
      return Optional.empty();
    }
    String next = word(tokens, endToken);
    int hour = Integer.parseInt(digits.group(1));
    int minute = Integer.parseInt(digits.group(2));
    boolean clockShaped = hour <= 23 && minute <= 59;
    if (CLOCK_WORDS.contains(next)) {
      if (!clockShaped || docDate == null) {
        return Optional.of(Reading.NOT_TEMPORAL);
      }
      String zone = UNIVERSAL_TIME.contains(next) ? "Z" : "";
      return Optional.of(
          new Reading(
              new Timex(MentionType.TIME, String.format(Locale.ROOT, "%sT%02d:%02d%s", docDate, hour, minute, zone))));
    }
    // "1000+ hours", "2000+ courses": a count.
    if (next.equals("+")) {
      return Optional.of(Reading.NOT_TEMPORAL);
    }
    boolean afterTimeWord = TIME_PREPOSITIONS.contains(word(tokens, endToken - 2));
    if (!afterTimeWord && isHouseNumber(tokens, endToken)) {
      return Optional.of(Reading.NOT_TEMPORAL);
    }
    if (clockShaped && docDate != null && isClockTime(written, tokens, endToken - 1, docDate)) {
      return Optional.of(
          new Reading(new Timex(MentionType.TIME, String.format(Locale.ROOT, "%sT%02d:%02d", docDate, hour, minute))));
    }
    if (!afterTimeWord && docDate != null
        && Integer.parseInt(written) < Integer.parseInt(docDate.substring(0, 4)) - FARTHEST_PAST_YEARS) {
      return Optional.of(Reading.NOT_TEMPORAL);
    }
    if (docDate != null && Integer.parseInt(written) > Integer.parseInt(docDate.substring(0, 4)) + FARTHEST_FUTURE_YEARS) {
      return Optional.of(Reading.NOT_TEMPORAL);
    }
    return Optional.empty();
  }

  /**
   * A clock time with no zone of its own: one written with a leading zero ("(0458)": news writes
   * no year before 1000 so), one in a range whose other end is a clock time ("between 0800 and
   * 0830 GMT", "from 0800 to 1415"), or one after "at" that would be a year long before
   * publication ("will open at 1000").
   */
  private static boolean isClockTime(String written, List<Token> tokens, int index, String docDate) {
    if (written.startsWith("0")) {
      return true;
    }
    if (RANGE_WORDS.contains(word(tokens, index + 1)) && isZonedOrZeroClock(tokens, index + 2)) {
      return true;
    }
    if (RANGE_WORDS.contains(word(tokens, index - 1)) && isZonedOrZeroClock(tokens, index - 2)) {
      return true;
    }
    int year = Integer.parseInt(written);
    return word(tokens, index - 1).equals("at")
        && year < Integer.parseInt(docDate.substring(0, 4)) - FARTHEST_PAST_YEARS_AT;
  }

  /** A four-digit clock time at {@code index} that a time zone follows or a leading zero marks. */
  private static boolean isZonedOrZeroClock(List<Token> tokens, int index) {
    Matcher digits = FOUR_DIGITS.matcher(word(tokens, index));
    if (!digits.matches() || Integer.parseInt(digits.group(1)) > 23 || Integer.parseInt(digits.group(2)) > 59) {
      return false;
    }
    if (word(tokens, index).startsWith("0")) {
      return true;
    }
    String after = word(tokens, index + 1);
    return CLOCK_WORDS.contains(after)
        || RANGE_WORDS.contains(after) && CLOCK_WORDS.contains(word(tokens, index + 3)); // "0800 to 1415 local"
  }

  /** "1600 Pennsylvania Avenue", "2215 N. Main St.": capitalised words up to a street word. */
  private static boolean isHouseNumber(List<Token> tokens, int endToken) {
    for (int i = endToken; i < Math.min(tokens.size(), endToken + 4); i++) {
      String word = tokens.get(i).word();
      if (i > endToken && STREET.matcher(word).matches()) {
        return true;
      }
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return false;
  }

  private static String word(List<Token> tokens, int index) {
    return index >= 0 && index < tokens.size() ? tokens.get(index).word().toLowerCase(Locale.ROOT) : "";
  }
}
