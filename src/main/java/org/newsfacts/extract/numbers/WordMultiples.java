package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Multiples written as one word. "Twice" where it compares: "twice as much as analysts expected",
 * "twice the rate of the 1990s" are the multiple 2, as "three times as many" is 3; "twice a day"
 * (a rate) and "won twice" (how often) are not. A number joined to "fold": "rose 45-fold",
 * "a five-fold rise" are the multiples 45 and 5; not the words made of them ("tenfold",
 * "twofold"), which as often say "greatly" or "in two ways" ("a twofold aim").
 */
final class WordMultiples {
  // What follows a multiple that compares: "as much", "the rate", "that of", "its size".
  private static final Set<String> COMPARED =
      Set.of("as", "the", "that", "its", "their", "his", "her", "our", "this");
  private static final Pattern FOLD = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?-?|\\p{L}+-)fold");

  /**
   * A multiple: the index of its token, its value, and whether it is one of a change (the
   * "-fold" kind, a quantity only with a verb or noun of change).
   */
  record Multiple(int index, BigDecimal value, boolean ofChange) {}

  private WordMultiples() {}

  /** The multiples among {@code tokens}, in order. */
  static List<Multiple> in(List<Token> tokens) {
    List<Multiple> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
      if (word.equalsIgnoreCase("twice") && COMPARED.contains(next)) {
        found.add(new Multiple(i, BigDecimal.valueOf(2), false));
      }
      Matcher fold = FOLD.matcher(word);
      if (fold.matches()) {
        int at = i;
        times(fold.group(1)).ifPresent(n -> found.add(new Multiple(at, n, true)));
      }
    }
    return found;
  }

  // The 45 or the five of "45-fold", "five-fold"; "one-fold" multiplies nothing.
  private static Optional<BigDecimal> times(String number) {
    if (Character.isDigit(number.charAt(0))) {
      return Optional.of(new BigDecimal(number.replace("-", ""))).filter(n -> n.compareTo(BigDecimal.ONE) > 0);
    }
    Integer cardinal = NumberWords.cardinal(number.replace("-", "").toLowerCase(Locale.ROOT));
    return cardinal == null || cardinal < 2 ? Optional.empty() : Optional.of(BigDecimal.valueOf(cardinal));
  }
}
