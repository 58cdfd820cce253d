package org.newsfacts.extract.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

/**
 * Numbers in phrases that count nothing: "one of the lenders", "the one thing investors agree
 * on", "my one regret", "One way to cut the risk", "in one place", "for one thing", "two-way
 * communication", "a one-off payment", "between the two cities". Web copy is full of them; "one
 * person was killed", "that one mile" and "one in four adults" still count.
 */
final class NumberIdioms {
  // Nouns so general that "one" before them picks one out rather than counts it.
  private static final Set<String> GENERAL = Set.of("thing", "way", "place", "reason");
  // "two-way", "one-off": a kind of thing, not a count of ways.
  private static final Pattern KIND = Pattern.compile("(?i)[\\p{L}\\d]+-(way|off)");

  private NumberIdioms() {}

  /** Whether the number written {@code written} at tokens {@code first} to {@code next} is such a phrase. */
  static boolean isIdiom(String written, List<Token> tokens, int first, int next) {
    if (KIND.matcher(written).matches()) {
      return true;
    }
    // "between the two cities", "talks between the two sides": the two ends of a link, named
    // before, not a count of them
    if (written.equalsIgnoreCase("two") && first > 1 && word(tokens, first - 1).equals("the")
        && word(tokens, first - 2).equals("between")) {
      return true;
    }
    if (!written.equalsIgnoreCase("one")) {
      return false;
    }
    if (next < tokens.size() && word(tokens, next).equals("of")) {
      return true; // "one of the major factors"
    }
    int noun = next;
    while (noun < tokens.size() && tokens.get(noun).hasTag("JJ")) {
      noun++; // "one simple thing"
    }
    String counted = noun < tokens.size() ? word(tokens, noun) : "";
    // "the one thing", "its one hope": the only one; not "that one mile", a measure
    boolean only = first > 0 && (word(tokens, first - 1).equals("the") || tokens.get(first - 1).hasTag("PRP$")
        || tokens.get(first - 1).hasTag("POS")) && UnitSpellings.of(counted).isEmpty();
    return only || GENERAL.contains(counted);
  }

  private static String word(List<Token> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
