package org.newsfacts.extract.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * An exchange rate quoted as a bare number "per dollar": "the yen weakened past 150 per dollar"
 * is 150 yen, in the currency the sentence spoke of before the number.
 */
final class ExchangeRates {
  private ExchangeRates() {}

  /**
   * The currency of a rate whose number is followed, at token {@code next}, by "per" and a
   * currency, and preceded (before token {@code first}) by the name of another currency.
   */
  static Optional<QuantityUnit> quoted(List<Token> tokens, int first, int next) {
    if (next + 1 >= tokens.size() || !tokens.get(next).word().toLowerCase(Locale.ROOT).equals("per")) {
      return Optional.empty();
    }
    Optional<String> per = currency(tokens.get(next + 1));
    if (per.isEmpty()) {
      return Optional.empty();
    }
    for (int i = first - 1; i >= 0; i--) {
      Optional<String> quoted = currency(tokens.get(i));
      if (quoted.isPresent() && !quoted.equals(per)) {
        return Optional.of(QuantityUnit.money(quoted.get()));
      }
    }
    return Optional.empty();
  }

  // One word that names a currency on its own: "yen", "dollar", "yuan" (not "$", a sign).
  private static Optional<String> currency(Token token) {
    if (!Character.isLetter(token.word().charAt(0))) {
      return Optional.empty();
    }
    List<QuantityTokenizer.Token> words = QuantityTokenizer.tokenize(token.word());
    return words.size() != 1
        ? Optional.empty()
        : CurrencyNames.match(words, 0).filter(m -> m.length() == 1).map(CurrencyNames.Match::code);
  }
}
