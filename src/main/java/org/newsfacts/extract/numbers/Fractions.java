package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Fractions that are shares of something: "a third of the voters", "about half of the 2,400
 * participants", "half the seats", "cut the risk by a third", "half a mile", "a quarter point".
 * The tagger leaves most of them out
 * (it calls "third" an ordinal), yet they are quantities: 1/3 voter, 0.5 participant.
 *
 * <p>Not the halves and quarters of the calendar ("the first half of the year", "a quarter of a
 * century" is kept, "the second quarter" is not: no numerator, or an ordinal before it).
 */
final class Fractions {
  // Words before a fraction that make it a part of time or an ordinal: "the first half".
  private static final Set<String> NOT_NUMERATORS =
      Set.of("the", "first", "second", "third", "fourth", "last", "final", "latter", "former", "other");
  // Shares that name a part of one thing before its noun ("a quarter point"); "a third term" is
  // an ordinal, so only these two.
  private static final Set<String> PARTS = Set.of("half", "quarter");
  private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower");
  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "this");

  /**
   * @param value the share (0.5, 1/3)
   * @param first index of its first token
   * @param last index after its last token
   * @param countedFrom index where what it is a share of may start (the "of"), or -1 for none
   */
  record Fraction(BigDecimal value, int first, int last, int countedFrom) {}

  private Fractions() {}

  /** The fractions written in a sentence's tokens. */
  static List<Fraction> in(List<Token> tokens) {
    List<Fraction> fractions = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      at(tokens, i).ifPresent(fractions::add);
    }
    return fractions;
  }

  private static Optional<Fraction> at(List<Token> tokens, int i) {
    String word = word(tokens, i);
    Integer denominator = NumberWords.denominator(word);
    boolean hyphenated = false;
    if (denominator == null) {
      // "two-thirds" as one token
      int dash = word.indexOf('-');
      if (dash <= 0 || NumberWords.cardinal(word.substring(0, dash)) == null
          || NumberWords.denominator(word.substring(dash + 1)) == null) {
        return Optional.empty();
      }
      hyphenated = true;
    }
    int first = i;
    String previous = i > 0 ? word(tokens, i - 1) : "";
    boolean numerator =
        previous.equals("a") || previous.equals("one")
            || (NumberWords.isSmallCardinal(previous) && word.endsWith("s"));
    boolean split = previous.equals("-") && NumberWords.cardinal(word(tokens, i - 2)) != null;
    if (!hyphenated && numerator) {
      first = i - 1;
    } else if (!hyphenated && split) {
      first = i - 2; // "two - thirds" as three tokens
    } else if (!hyphenated && !word.equals("half")) {
      return Optional.empty(); // "third" alone is an ordinal, "quarters" a place to live
    }
    if (first > 0 && NOT_NUMERATORS.contains(word(tokens, first - 1))) {
      return Optional.empty();
    }
    String before = first > 0 ? word(tokens, first - 1) : "";
    String next = word(tokens, i + 1);
    int counted;
    int start = first;
    if (next.equals("of")) {
      counted = i + 1;
    } else if (word.equals("half") && DETERMINERS.contains(next)) {
      counted = i + 2; // "half the seats"
    } else if (UnitSpellings.of(next).isPresent() && (PARTS.contains(word) || hyphenated || word.endsWith("s"))) {
      counted = i + 1; // "a quarter mile"; not "for a fourth year", an ordinal
    } else if (word.equals("half") && (next.equals("a") || next.equals("an"))
        && UnitSpellings.of(word(tokens, i + 2)).isPresent()) {
      counted = i + 2; // "half a mile"
    } else if (previous.equals("a") && PARTS.contains(word) && isSingularNoun(tokens, i + 1)) {
      counted = i + 1; // "a quarter point", "a half turn"
    } else if (before.equals("by") || isComparative(next, word(tokens, i + 2))) {
      counted = -1; // "cut by a third", "a fifth fewer than": a share of what was there before
    } else {
      return Optional.empty();
    }
    StringBuilder written = new StringBuilder();
    for (int t = first; t <= i; t++) {
      String glue = t == first || split ? "" : " ";
      written.append(glue).append(tokens.get(t).word());
    }
    return QuantityNormalizer.parse(written.toString())
        .filter(q -> q.high() == null && q.currency() == null && !q.percent())
        .filter(q -> q.value().signum() > 0 && q.value().compareTo(BigDecimal.ONE) < 0)
        .map(q -> new Fraction(q.value(), start, i + 1, counted));
  }

  // "a fifth fewer than", "a third more than": the share is the difference from another figure.
  private static boolean isComparative(String word, String next) {
    return COMPARATIVES.contains(word) && next.equals("than");
  }

  // A singular noun that is no number: "a half turn", not "a half dozen".
  private static boolean isSingularNoun(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    String w = word(tokens, i);
    return t.tag().equals("NN") && NumberWords.cardinal(w) == null && NumberWords.scale(w) == null;
  }

  private static String word(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
