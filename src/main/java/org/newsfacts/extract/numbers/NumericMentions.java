package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Values of number, money and percent mentions. The tagger often stops before a scale or currency
 * word ("5.93" of "5.93 mln", "40" of "40 million euros"), so the mention grows over the
 * following tokens for as long as they change the value; CoreNLP's own normalisation (which
 * reads "€40 million" as dollars: stanfordnlp/CoreNLP#1330) is only the last resort.
 */
public final class NumericMentions {
  private static final int MAX_EXTRA_TOKENS = 3;
  private static final Pattern CORENLP_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  /** A value and the end of the text it was read from. */
  public record Value(BigDecimal number, String currency, boolean percent, int end) {}

  private NumericMentions() {}

  public static Optional<Value> read(RawMention raw, List<Token> tokens, String text) {
    Optional<NormalizedQuantity> best = QuantityNormalizer.parse(text.substring(raw.begin(), raw.end()));
    int end = raw.end();
    for (int i = raw.endToken(); i < Math.min(tokens.size(), raw.endToken() + MAX_EXTRA_TOKENS); i++) {
      if (beginsCompound(tokens.get(i), text)) {
        break; // "eight three-pointers": the "three" names what is counted (not 8 + 3)
      }
      int candidateEnd = tokens.get(i).end();
      Optional<NormalizedQuantity> longer =
          QuantityNormalizer.parse(text.substring(raw.begin(), candidateEnd));
      if (longer.isEmpty() || longer.equals(best)) {
        break;
      }
      best = longer;
      end = candidateEnd;
    }
    if (best.isPresent()) {
      return Optional.of(new Value(best.get().value(), best.get().currency(), best.get().percent(), end));
    }
    return fromCoreNlp(raw.normalized()).map(n -> new Value(n, null, false, raw.end()));
  }

  // A number word with a hyphen and a letter right after it begins a compound noun: "three" of
  // "three-pointers", "one" of "one-liners".
  private static boolean beginsCompound(Token token, String text) {
    int end = token.end();
    return NumberWords.cardinal(token.word().toLowerCase(Locale.ROOT)) != null
        && end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
  }

  /** CoreNLP's normalised form: "~900.0", "$2.5E9", "%15.0", ">1000.0". */
  private static Optional<BigDecimal> fromCoreNlp(String normalized) {
    if (normalized == null) {
      return Optional.empty();
    }
    Matcher m = CORENLP_NUMBER.matcher(normalized.replace(",", ""));
    if (!m.find()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(m.group()).stripTrailingZeros();
    return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
  }
}
