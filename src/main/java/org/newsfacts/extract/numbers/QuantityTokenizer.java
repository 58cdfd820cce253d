package org.newsfacts.extract.numbers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the text of a quantity mention into numbers, fractions, words and symbols. */
public final class QuantityTokenizer {

  /** What a token is. */
  enum Kind {
    /** Digits, maybe with thousands separators and a decimal part: "16,189", "5.93", ".5". */
    NUMBER,
    /** "1/2", as in Reuters' "7-1/4 pct", or one character: "½". */
    FRACTION,
    /** Letters, lower-cased, periods dropped: "U.S." becomes "us", "mln." becomes "mln". */
    WORD,
    /** Any other single character: "$", "%", "-", "€". */
    SYMBOL
  }

  /**
   * @param kind what the token is
   * @param text normalised text: digits without separators for numbers, lower case for words
   * @param raw the token as written
   * @param glued whether the token follows the previous one without whitespace ("$1.8", "2.5bn")
   * @param end offset after the token in the text it was read from
   */
  record Token(Kind kind, String text, String raw, boolean glued, int end) {
    boolean is(String word) {
      return text.equals(word);
    }

    boolean isNumeric() {
      return kind == Kind.NUMBER || kind == Kind.FRACTION;
    }
  }

  // Thousands groups must be exactly three digits ("1,000"), or Indian lakh/crore style
  // ("1,23,45,678"); anything else is not one number ("1,5" is two). Indian groups are bounded
  // and possessive, so a long run of ",11" cannot make the scan quadratic.
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<fraction>\\d+/\\d+)"
              + "|(?<number>(?:\\d{1,3}(?:,\\d{3}(?!\\d))++|\\d{1,2}(?:,\\d{2}(?!\\d)){1,6}+,\\d{3}(?!\\d)|\\d+)"
              + "(?:\\.\\d+)?|\\.\\d+)|(?<vulgar>[\\u00BC-\\u00BE\\u2150-\\u215E])"
              + "|(?<word>\\p{L}+(?:\\.\\p{L}+)*\\.?)|(?<symbol>\\S)");

  // A quantity and the few words after it fit in far fewer; the rest of a long text is not read.
  private static final int MAX_TOKENS = 64;

  private QuantityTokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int previousEnd = 0;
    while (tokens.size() < MAX_TOKENS && m.find()) {
      boolean glued = !tokens.isEmpty() && m.start() == previousEnd;
      Kind kind = kindOf(m);
      tokens.add(new Token(kind, normalise(kind, m.group()), m.group(), glued, m.end()));
      previousEnd = m.end();
    }
    return List.copyOf(tokens);
  }

  private static Kind kindOf(Matcher m) {
    if (m.group("fraction") != null || m.group("vulgar") != null) {
      return Kind.FRACTION;
    }
    if (m.group("number") != null) {
      return Kind.NUMBER;
    }
    return m.group("word") != null ? Kind.WORD : Kind.SYMBOL;
  }

  private static String normalise(Kind kind, String raw) {
    switch (kind) {
      case NUMBER:
        return raw.replace(",", "");
      case FRACTION:
        // "½" is "1⁄2" in compatibility form (a fraction slash), which reads as "1/2"
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u2044', '/');
      case WORD:
        return raw.replace(".", "").toLowerCase(Locale.ROOT);
      default:
        return raw;
    }
  }
}
