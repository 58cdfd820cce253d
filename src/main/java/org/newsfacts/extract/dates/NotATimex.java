package org.newsfacts.extract.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Words SUTime marks as temporal that TimeML does not annotate as TIMEX3: adverbs of sequence
 * ("once", "previously"), frequency adjectives ("quarterly dividend", "annual meeting"), a bare
 * part of day or calendar unit left over from a longer expression ("night" after "Sunday") or
 * used as a noun of its own ("its finest hour", "the hour record"), "past" as a preposition, a
 * participle ("ended"), lone function words, ages ("this 6-year-old") and a month name in lower
 * case ("the march"). TimeML marks "future" only as a noun ("the
 * future"), not as an adjective ("future growth"). Fractions ("three-quarters of its food"), the
 * ordinal "a second" and programme titles ("This Week") are not times either, nor is "recently"
 * just before the date it introduces ("most recently last October"), nor a march
 * ("the March for Life"), and "a large fall in retail sales" or "its worst fall since 1987" is a
 * drop, not autumn.
 */
public final class NotATimex {
  private static final Set<String> NEVER =
      Set.of(
          "once", "previously", "ended", "fiscal", "quarterly", "annual", "annually", "present",
          "night", "nights", "morning", "evening", "afternoon",
          "day", "week", "month", "year", "days", "months", "hour", "the hour", "hrs",
          "the annual", "the night of", "the day");
  // "in past years": "past" before a unit is part of a time; TimeML marks all of it.
  private static final Pattern UNIT =
      Pattern.compile("(?i)(second|minute|hour|day|week|month|quarter|year|decade|centur(y|ie))s?");
  // "a 6-year-old": an age, whatever the tagger's type.
  private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");
  // "the march", "may": a month name written in lower case is the noun or the verb.
  private static final Set<String> LOWER_CASE_MONTHS = Set.of("march", "may", "this march", "the march");
  // "to" or "from" left over when a range ("from 1991 to 1997") is split into its dates.
  private static final Pattern FUNCTION_WORDS =
      Pattern.compile("(?i)[\\p{Punct}\\s]*(the|a|an|and|of|to|from|through|until|,)?[\\p{Punct}\\s]*");
  // "about three-quarters of its food", "more than a quarter of the market": a fraction of something.
  private static final Pattern FRACTION =
      Pattern.compile("(?i)((about|nearly|almost|roughly|some|more than|less than)\\s+)?(a|one|two|three)[- ]quarters?");
  // "a second group": the ordinal, not one second.
  private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)(a|one)\\s+second");
  // Programme titles: ABC's "This Week", CBS's "60 Minutes". In running text the unit is lower case.
  private static final Pattern TITLE =
      Pattern.compile("(This|Next|Last|\\d+) (Week|Month|Year|Minutes|Hours|Days|Weeks|Months|Years)");

  // "the March for Life", "the March of the Combatant Mothers", "the March on Washington".
  private static final Set<String> EVENT_LINKS = Set.of("of", "for", "on", "against");
  private static final Pattern CALENDAR_NAME =
      Pattern.compile(
          "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?");

  // Words before "fall" that make it a season: "late fall", "last fall", "this fall".
  private static final Set<String> SEASON_MODIFIERS =
      Set.of("early", "late", "last", "next", "this", "that", "each", "every", "past", "coming", "mid");
  private static final Pattern YEAR = Pattern.compile("\\d{4}|this|last|next|that");
  // A season named alone, with no word before it that points to one ("Summer temperatures in the
  // Alps have risen", "the ``Spring of Life'' protests"), says what kind of thing follows, not when.
  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter");
  // Nouns that are themselves stretches of time: "the winter season", "summer months" are times.
  private static final Pattern PERIOD_NOUN =
      Pattern.compile("(?i)seasons?|months?|weeks?|days?|quarters?|terms?|holidays?|breaks?|recess");

  // What may stand between "recently" and the date it introduces, and how such a date begins.
  private static final Set<String> PREPOSITION_OR_COMMA = Set.of("in", "on", ",");
  private static final Pattern DATE_START =
      Pattern.compile("(1[5-9]|20)\\d\\d|last|this|early|late|mid(-.*)?|earlier");

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
    if (TITLE.matcher(text.strip()).matches()) {
      return true;
    }
    String next = endToken < tokens.size() ? tokens.get(endToken).word().toLowerCase(Locale.ROOT) : "";
    if (FRACTION.matcher(lower).matches() && next.equals("of") && !unitAfterOf(tokens, endToken + 1)) {
      return true;
    }
    boolean beforeNounOrAdjective =
        endToken < tokens.size() && (tokens.get(endToken).hasTag("NN") || tokens.get(endToken).hasTag("JJ"));
    if (ORDINAL_SECOND.matcher(lower).matches() && beforeNounOrAdjective) {
      return true;
    }
    if (text.strip().endsWith("March") && marchAsEvent(tokens, endToken)) {
      return true;
    }
    if ((lower.equals("fall") || lower.equals("falls")) && fallAsDrop(lower, tokens, endToken)) {
      return true;
    }
    if (SEASONS.contains(lower) && seasonAsModifier(tokens, endToken)) {
      return true;
    }
    // Without "the", "past" is the preposition ("continued past the deadline", "flew past Mars")
    // or an adjective; TimeML marks the noun, "the past", and "past years" whole.
    if (lower.equals("past") && !UNIT.matcher(next).matches()) {
      return true;
    }
    if ((lower.equals("recently") || lower.equals("most recently")) && dateAfter(tokens, endToken)) {
      return true;
    }
    // "future plans": an adjective before a noun.
    return lower.equals("future") && endToken < tokens.size() && tokens.get(endToken).hasTag("NN");
  }

  /**
   * "March for Life", "March of the Combatant Mothers": a name follows. "March of 1999", "March of
   * this year" and "March on Monday" stay dates.
   */
  private static boolean marchAsEvent(List<Token> tokens, int endToken) {
    if (endToken >= tokens.size() || !EVENT_LINKS.contains(tokens.get(endToken).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int name = endToken + 1;
    if (name < tokens.size() && tokens.get(name).word().equalsIgnoreCase("the")) {
      name++;
    }
    if (name >= tokens.size()) {
      return false;
    }
    String word = tokens.get(name).word();
    return Character.isUpperCase(word.codePointAt(0)) && !CALENDAR_NAME.matcher(word).matches();
  }

  /**
   * "falls", "a fall", "its biggest fall", "a fall in sales", "the fall of the Berlin Wall": the
   * noun for a drop. "last fall", "in the fall", "the fall of 1998" stay seasons.
   */
  private static boolean fallAsDrop(String lower, List<Token> tokens, int endToken) {
    if (lower.equals("falls")) {
      return true;
    }
    int before = endToken - 2;
    if (before >= 0) {
      Token previous = tokens.get(before);
      String word = previous.word().toLowerCase(Locale.ROOT);
      boolean determinerOrAdjective =
          word.equals("a") || word.equals("an") || previous.hasTag("PRP$") || previous.hasTag("JJ");
      if (determinerOrAdjective && !SEASON_MODIFIERS.contains(word)) {
        return true;
      }
    }
    if (endToken + 1 < tokens.size()) {
      String next = tokens.get(endToken).word().toLowerCase(Locale.ROOT);
      String afterNext = tokens.get(endToken + 1).word().toLowerCase(Locale.ROOT);
      return (next.equals("in") || next.equals("of")) && !YEAR.matcher(afterNext).matches();
    }
    return false;
  }

  /**
   * "Summer temperatures", "winter tyres", "Spring of Life": a bare season before a noun, or before
   * "of" and no year, names a kind of thing. "the summer of 2024", "last winter's storms", "in
   * summer" and a season before a noun of time ("the winter season", "summer months") stay dates.
   */
  private static boolean seasonAsModifier(List<Token> tokens, int endToken) {
    int before = endToken - 2;
    if (before >= 0) {
      String word = tokens.get(before).word().toLowerCase(Locale.ROOT);
      if (word.equals("the") || SEASON_MODIFIERS.contains(word)) {
        return false;
      }
    }
    if (endToken >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(endToken);
    if (next.word().equalsIgnoreCase("of")) {
      return endToken + 1 < tokens.size() && !YEAR.matcher(tokens.get(endToken + 1).word().toLowerCase(Locale.ROOT)).matches();
    }
    return next.hasTag("NN") && !PERIOD_NOUN.matcher(next.word()).matches();
  }

  /**
   * "killed, most recently last October", "cut rates three times, most recently in February": the
   * date after "recently" says when, and TimeML marks it alone.
   */
  private static boolean dateAfter(List<Token> tokens, int endToken) {
    int i = endToken;
    while (i < tokens.size() && PREPOSITION_OR_COMMA.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    if (i >= tokens.size()) {
      return false;
    }
    String word = tokens.get(i).word();
    // A month or weekday is written with a capital; "may" in lower case is the verb.
    boolean named = Character.isUpperCase(word.codePointAt(0)) && TenseAwareDates.namesDayOrMonth(word);
    return named || DATE_START.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  /** "a quarter of an hour", "three-quarters of a century": a fraction of a time unit is a duration. */
  private static boolean unitAfterOf(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + 2); i++) {
      if (tokens.get(i).word().toLowerCase(Locale.ROOT).matches("hours?|centur(y|ies)|years?|days?|minutes?")) {
        return true;
      }
    }
    return false;
  }
}
