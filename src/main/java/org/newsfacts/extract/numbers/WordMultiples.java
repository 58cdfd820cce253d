package org.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * "Twice" where it compares: "twice as much as analysts expected", "twice the rate of the
 * 1990s" are the multiple 2, as "three times as many" is 3; "twice a day" (a rate) and "won
 * twice" (how often) are not.
 */
final class WordMultiples {
  // What follows a multiple that compares: "as much", "the rate", "that of", "its size".
  private static final Set<String> COMPARED =
      Set.of("as", "the", "that", "its", "their", "his", "her", "our", "this");

  private WordMultiples() {}

  /** The indices of the tokens of {@code tokens} that are such a "twice". */
  static List<Integer> in(List<Token> tokens) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      if (tokens.get(i).word().equalsIgnoreCase("twice") && COMPARED.contains(next)) {
        found.add(i);
      }
    }
    return found;
  }
}
