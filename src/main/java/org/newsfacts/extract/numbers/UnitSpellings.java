package org.newsfacts.extract.numbers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/**
 * How news text writes units ({@code unit-spellings.tsv}): "km", "kilometers" and "kilometres"
 * are all the "kilometre"; "sq ft" is the "square foot"; "°F" the "degree fahrenheit".
 */
public final class UnitSpellings {
  private static final String RESOURCE = "unit-spellings.tsv";
  private static final int LONGEST = 4;
  // Before the table, whose keys it makes.
  private static final Map<String, String> POWERS = Map.of("2", "²", "3", "³");
  private static final Map<String, String> BY_SPELLING =
      NameTable.load(RESOURCE, spelling -> key(QuantityTokenizer.tokenize(spelling)));
  // Capital letters that are units only written against the number ("45C", "98.6F"), and the
  // tonne, whose "t" alone is a letter ("100t").
  private static final Map<String, String> GLUED =
      Map.of("C", "degree celsius", "F", "degree fahrenheit", "t", "tonne");

  /**
   * @param name the canonical unit name
   * @param length how many tokens spell it
   */
  public record Match(String name, int length) {}

  private UnitSpellings() {}

  /** The longest unit spelled from token {@code from} on, if any. */
  static Optional<Match> match(List<Token> tokens, int from) {
    for (int length = Math.min(LONGEST, tokens.size() - from); length >= 1; length--) {
      String key = key(tokens.subList(from, from + length));
      String name = key.isEmpty() ? null : BY_SPELLING.get(key);
      if (name != null) {
        return Optional.of(new Match(name, length));
      }
    }
    if (from < tokens.size() && from > 0 && tokens.get(from).glued() && tokens.get(from - 1).isNumeric()) {
      // "-40F." at the end of a sentence: the full stop is read with the letter
      String glued = GLUED.get(tokens.get(from).raw().replaceFirst("\\.$", ""));
      if (glued != null) {
        return Optional.of(new Match(glued, 1));
      }
    }
    return Optional.empty();
  }

  /** The unit the whole of {@code words} spells ("square feet", "mph"), if any. */
  public static Optional<String> of(String words) {
    List<Token> tokens = QuantityTokenizer.tokenize(words);
    return match(tokens, 0).filter(m -> m.length() == tokens.size()).map(Match::name);
  }

  /** The unit spelled at the start of {@code text} and how many characters of it spell it. */
  public static Optional<Match> atStart(String text) {
    return match(QuantityTokenizer.tokenize(text), 0);
  }

  private static String key(List<Token> tokens) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String text = token.text();
      if (i > 0 && token.raw().equals("-") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == QuantityTokenizer.Kind.WORD) {
        continue; // "square-metre" and "light-year" are spelled as "square metre" and "light year"
      }
      if (token.isNumeric()) {
        // "km2", "m3": a power written against its unit, as "km²" and "m³" are
        boolean power = i > 0 && token.glued() && tokens.get(i - 1).kind() == QuantityTokenizer.Kind.WORD;
        text = power ? POWERS.get(text) : null;
        if (text == null) {
          return "";
        }
      }
      key.append(key.length() > 0 ? " " : "").append(text);
    }
    return key.toString();
  }
}
