package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/**
 * The cents of an amount written in two units: "3 dollars and 50 cents" is 3.50 dollars,
 * "thirteen dollars forty-five cents" 13.45. Only fewer than a hundred cents count. (Heights
 * such as "6 feet 8 inches" stay two quantities: our news sets annotate them so.)
 */
final class CompoundAmounts {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * @param added the cents in the larger unit
   * @param end offset after the cents in the text
   */
  record Part(BigDecimal added, int end) {}

  private CompoundAmounts() {}

  /**
   * The cents written in {@code text} from {@code from} on (before {@code limit}) after an amount
   * in {@code unit}, if any.
   */
  static Optional<Part> after(QuantityUnit unit, String text, int from, int limit) {
    boolean money = QuantityUnit.CURRENCY.equals(unit.dimension()) && unit.currency() != null
        && !"cent".equals(unit.name()) && !"penny".equals(unit.name());
    if (!money || from >= limit) {
      return Optional.empty();
    }
    String rest = text.substring(from, limit);
    List<Token> tokens = QuantityTokenizer.tokenize(rest);
    int at = !tokens.isEmpty() && tokens.get(0).is("and") ? 1 : 0;
    boolean number = at < tokens.size()
        && (tokens.get(at).isNumeric() || NumberWords.cardinal(tokens.get(at).text()) != null);
    if (!number) {
      return Optional.empty();
    }
    int start = at == 0 ? 0 : tokens.get(at - 1).end();
    Optional<QuantityParser.Extent> read = QuantityParser.read(rest.substring(start));
    if (read.isEmpty() || read.get().quantity().high() != null || read.get().quantity().currency() != null
        || read.get().quantity().percent()) {
      return Optional.empty();
    }
    QuantityParser.Extent part = read.get();
    BigDecimal cents = part.quantity().value();
    int next = part.length();
    boolean hundredth = next < part.tokens().size()
        && QuantityUnit.subunit(part.tokens().get(next).text()).isPresent();
    if (!hundredth || cents.signum() <= 0 || cents.compareTo(HUNDRED) >= 0) {
      return Optional.empty();
    }
    int end = from + start + part.tokens().get(next).end();
    return Optional.of(new Part(cents.divide(HUNDRED), end));
  }
}
