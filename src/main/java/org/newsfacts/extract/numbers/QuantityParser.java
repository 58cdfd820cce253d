package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.numbers.CurrencyNames.Match;
import org.newsfacts.extract.numbers.QuantityTokenizer.Kind;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/**
 * Reads one quantity: {@code [hedge] [sign] [currency] [sign] number [range] [scale] [currency]
 * [percent]}. Words after the quantity ("2,500 troops") are ignored.
 */
public final class QuantityParser {
  // Words CoreNLP sometimes keeps in a NUMBER or MONEY span before the number itself.
  private static final Set<String> HEDGES =
      Set.of(
          ("about around approximately approx some nearly almost roughly over under more less "
                  + "fewer than up to at least most estimated just only below above between from "
                  + "circa another additional extra total of exactly well")
              .split(" "));
  private static final Set<String> RANGE_WORDS = Set.of("to", "or", "and", "-", "–", "—", "/");
  // "5 or 6" and the quote "1.5798/808" are two numbers, not the ends of one range.
  private static final Set<String> RANGE_ENDS = Set.of("to", "and", "-", "–", "—");
  private static final Set<String> WEIGHTS = Set.of("pounds", "pound");

  private final TokenCursor cursor;
  private boolean between;

  private QuantityParser(List<Token> tokens) {
    this.cursor = new TokenCursor(tokens);
  }

  static Optional<NormalizedQuantity> parse(String text) {
    return new QuantityParser(QuantityTokenizer.tokenize(text)).parse();
  }

  /**
   * A quantity read from the start of a text, with the tokens of that text and how many of them
   * the quantity took, so what follows (its unit) can be read on.
   */
  record Extent(NormalizedQuantity quantity, List<Token> tokens, int length) {
    /** Offset after the quantity in the text read. */
    int end() {
      return length == 0 ? 0 : tokens.get(length - 1).end();
    }
  }

  /** The quantity at the start of {@code text} and the tokens it took. */
  static Optional<Extent> read(String text) {
    List<Token> tokens = QuantityTokenizer.tokenize(text);
    QuantityParser parser = new QuantityParser(tokens);
    return parser.parse().map(q -> new Extent(q, tokens, parser.cursor.position()));
  }

  private Optional<NormalizedQuantity> parse() {
    skipHedges();
    boolean negative = sign();
    String currency = currency().orElse(null);
    negative |= sign();
    Optional<NumberReader.Reading> reading = NumberReader.read(cursor, currency != null);
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value = reading.get().value();
    BigDecimal high = null;
    if (!reading.get().scaled()) {
      Optional<BigDecimal> end = rangeEnd(value, false, currency != null);
      if (end.isPresent()) {
        BigDecimal scale = NumberReader.applyScales(cursor, BigDecimal.ONE, currency != null);
        value = value.multiply(scale);
        high = end.get().signum() == 0 ? null : end.get().multiply(scale);
      } else {
        high = percentRangeEnd(value, currency != null).orElse(null);
      }
    } else {
      // "$3 billion to $5 billion": both ends carry their scale.
      high = rangeEnd(value, true, currency != null).filter(end -> end.signum() != 0).orElse(null);
    }
    skipDash();
    Optional<String> after = currency();
    if (after.isPresent() && currency == null && high == null && !reading.get().scaled()) {
      value = NumberReader.applyScales(cursor, value, true); // "75 USD million"
    }
    currency = currency != null ? currency : after.orElse(null);
    boolean percent = percent();
    value = negative ? value.negate() : value;
    if (high != null && negative) {
      high = null; // "-5 to -3" is rare: keep the first number alone
    }
    return Optional.of(new NormalizedQuantity(value, percent ? null : currency, percent, high));
  }

  private void skipHedges() {
    while (!cursor.atEnd()) {
      between |= cursor.isAt(0, "between");
      boolean hedge = cursor.isWordAt(0) && HEDGES.contains(cursor.current().text());
      Token next = cursor.peek(1);
      boolean article =
          (cursor.isAt(0, "a") || cursor.isAt(0, "an"))
              && next != null
              && (next.kind() == Kind.NUMBER || HEDGES.contains(next.text()));
      if (!hedge && !article) {
        return;
      }
      cursor.advance(1);
    }
  }

  private boolean sign() {
    Token token = cursor.current();
    if (token == null) {
      return false;
    }
    boolean minus =
        (token.kind() == Kind.SYMBOL && (token.is("-") || token.is("−")))
            || token.is("minus")
            || token.is("negative");
    if (minus || (token.kind() == Kind.SYMBOL && token.is("+"))) {
      cursor.advance(1);
    }
    return minus;
  }

  // "pounds of coffee" weighs, it does not cost.
  private Optional<String> currency() {
    if (cursor.atEnd()) {
      return Optional.empty();
    }
    Optional<Match> match = CurrencyNames.match(cursor.tokens(), cursor.position());
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Token last = cursor.peek(match.get().length() - 1);
    if (WEIGHTS.contains(last.text()) && cursor.isAt(match.get().length(), "of")) {
      return Optional.empty();
    }
    cursor.advance(match.get().length());
    return Optional.of(match.get().code());
  }

  /**
   * The second number of "5-10 pct", "5 to 10 mln", "$5-$10", "between 20 and 30"; zero for the
   * second number of a quote "1.5798/808 dlrs", which is read past but is no range end; empty
   * when no second number follows, or when it is a number of its own ("5 or 6").
   */
  private Optional<BigDecimal> rangeEnd(BigDecimal low, boolean scaled, boolean money) {
    int start = cursor.position();
    Token connector = cursor.current();
    if (connector == null
        || connector.kind() == Kind.NUMBER
        || !RANGE_WORDS.contains(connector.text())) {
      return Optional.empty();
    }
    cursor.advance(1);
    currency();
    Optional<BigDecimal> end =
        scaled
            ? NumberReader.read(cursor, money).filter(NumberReader.Reading::scaled).map(NumberReader.Reading::value)
            : NumberReader.readUnscaled(cursor);
    // "5 and 10", "5 or 6" are two numbers (two facts) unless "between" came first; so are the
    // scores and votes "7-3", "218 to 214", whose second number is not the larger.
    boolean pair = (connector.is("and") && !between) || connector.is("or");
    boolean falling = end.isPresent() && end.get().compareTo(low) <= 0 && !connector.is("/");
    if (end.isPresent() && !pair && !falling) {
      return RANGE_ENDS.contains(connector.text()) ? end : Optional.of(BigDecimal.ZERO);
    }
    cursor.reset(start);
    return Optional.empty();
  }

  /**
   * The second end of "5.25%-5.5%", "5% to 6%", where each end carries its percent sign; the
   * cursor is left on the second sign, so the quantity is read as a percent.
   */
  private Optional<BigDecimal> percentRangeEnd(BigDecimal low, boolean money) {
    int start = cursor.position();
    if (!percent()) {
      return Optional.empty();
    }
    Optional<BigDecimal> end = rangeEnd(low, false, money).filter(e -> e.signum() != 0);
    // "per" only of "per cent": "rose 12% to €48 per megawatt hour" is a change and a price
    boolean perCent = cursor.isAt(0, "per") && (cursor.isAt(1, "cent") || cursor.isDashAt(1));
    if (end.isPresent() && (cursor.isAt(0, "%") || perCent
        || (cursor.isWordAt(0) && NumberWords.PERCENT_WORDS.contains(cursor.current().text())))) {
      return end;
    }
    cursor.reset(start);
    return Optional.empty();
  }

  private void skipDash() {
    if (cursor.isDashAt(0) && cursor.isWordAt(1)) {
      cursor.advance(1);
    }
  }

  private boolean percent() {
    if (cursor.isAt(0, "%")
        || (cursor.isWordAt(0) && NumberWords.PERCENT_WORDS.contains(cursor.current().text()))) {
      cursor.advance(1);
      return true;
    }
    if (cursor.isAt(0, "per") && cursor.isAt(1, "cent")) {
      cursor.advance(2);
      return true;
    }
    if (cursor.isAt(0, "per") && cursor.isDashAt(1) && cursor.isAt(2, "cent")) {
      cursor.advance(3);
      return true;
    }
    return false;
  }
}
