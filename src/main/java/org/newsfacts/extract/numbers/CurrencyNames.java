package org.newsfacts.extract.numbers;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacts.extract.numbers.QuantityTokenizer.Kind;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/**
 * Currency names and symbols (from {@code currencies.tsv}) and ISO 4217 codes (from the JDK),
 * matched against a run of tokens.
 */
public final class CurrencyNames {
  private static final String RESOURCE = "currencies.tsv";
  private static final int LONGEST_NAME = 4;

  private static final Map<String, String> CODES_BY_NAME =
      NameTable.load(RESOURCE, name -> key(QuantityTokenizer.tokenize(name)));
  private static final Set<String> ISO_CODES = isoCodes();

  /**
   * @param code the ISO 4217 code
   * @param length how many tokens name the currency
   */
  record Match(String code, int length) {}

  private CurrencyNames() {}

  /** The longest currency name that starts at token {@code from}, if any. */
  static Optional<Match> match(List<Token> tokens, int from) {
    int longest = Math.min(LONGEST_NAME, tokens.size() - from);
    for (int length = longest; length >= 1; length--) {
      String code = CODES_BY_NAME.get(key(tokens.subList(from, from + length)));
      if (code != null && (length > 1 || !isLowerCaseLetters(tokens.get(from)))) {
        return Optional.of(new Match(code, length));
      }
    }
    return isoCode(tokens.get(from)).map(code -> new Match(code, 1));
  }

  // Two letters name a currency only with a capital ("DM", "Rs"): "dm" is the decimetre.
  private static boolean isLowerCaseLetters(Token token) {
    String raw = token.raw();
    return raw.length() == 2 && Character.isLowerCase(raw.charAt(0));
  }

  /** Every code this class can return, for formatting amounts that must parse back. */
  static boolean isKnownCode(String code) {
    return ISO_CODES.contains(code);
  }

  // Codes count only in capitals: "ALL", "TOP" and "MAD" are codes, "all" and "top" are words.
  private static Optional<String> isoCode(Token token) {
    String raw = token.raw();
    boolean capitals = raw.length() == 3 && raw.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    return capitals && ISO_CODES.contains(raw) ? Optional.of(raw) : Optional.empty();
  }

  /** Tokens joined as written: a space where the text had one, so "US$" differs from "US $". */
  static String key(List<Token> tokens) {
    StringBuilder key = new StringBuilder();
    for (Token token : tokens) {
      if (token.kind() == Kind.NUMBER || token.kind() == Kind.FRACTION) {
        return "";
      }
      if (key.length() > 0 && !token.glued()) {
        key.append(' ');
      }
      key.append(token.text());
    }
    return key.toString();
  }

  // The JDK's codes plus the historic ones of the table (XEU for the ECU is not in the JDK).
  private static Set<String> isoCodes() {
    return Stream.concat(
            Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode),
            CODES_BY_NAME.values().stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
