package org.newsfacts.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.AnnotatedText.Token;

/**
 * Words SUTime marks as temporal that TimeML does not annotate as TIMEX3: adverbs of sequence
 * ("once", "previously"), frequency adjectives ("quarterly dividend", "annual meeting"), a bare
 * part of day or calendar unit left over from a longer expression ("night" after "Sunday"), a
 * participle ("ended"), lone function words, ages ("this 6-year-old") and a month name in lower
 * case ("the march"). TimeML marks "future" only as a noun ("the
 * future"), not as an adjective ("future growth").
 */
final class NotATimex {
  private static final Set<String> NEVER =
      Set.of(
          "once", "previously", "ended", "fiscal", "quarterly", "annual", "annually", "present",
          "night", "nights", "morning", "evening", "afternoon",
          "day", "week", "month", "year", "days", "months",
          "the annual", "the night of", "the day");
  // "a 6-year-old": an age, whatever the tagger's type.
  private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");
  // "the march", "may": a month name written in lower case is the noun or the verb.
  private static final Set<String> LOWER_CASE_MONTHS = Set.of("march", "may", "this march", "the march");
  private static final Pattern FUNCTION_WORDS = Pattern.compile("(?i)[\\p{Punct}\\s]*(the|a|an|and|of|,)?[\\p{Punct}\\s]*");

  private NotATimex() {}

  /**
   * Whether the mention is not a temporal expression in TimeML's sense.
   *
   * @param text the mention as written
   * @param tokens its sentence's tokens
   * @param endToken index after the mention's last token
   */
  static boolean applies(String text, List<Token> tokens, int endToken) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (NEVER.contains(lower) || FUNCTION_WORDS.matcher(lower).matches() || AGE.matcher(text).matches()) {
      return true;
    }
    if (LOWER_CASE_MONTHS.contains(text.strip())) {
      return true;
    }
    // "future plans": an adjective before a noun.
    return lower.equals("future") && endToken < tokens.size() && tokens.get(endToken).hasTag("NN");
  }
}
