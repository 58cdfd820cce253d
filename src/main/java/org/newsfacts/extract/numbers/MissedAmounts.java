package org.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Amounts of money and percentages the tagger does not mark because they are glued into one
 * token: "Rs16,189-crore", "4pct". Only tokens that read as money or a percentage are added; a
 * bare number the tagger left alone is more often a code ("F-16", "G7") than a quantity.
 */
public final class MissedAmounts {
  private static final int MAX_EXTRA_TOKENS = 3;
  // Tags before a word that names something: a determiner, a modal verb, a possessive.
  private static final Set<String> NAME_BEFORE = Set.of("DT", "MD", "PRP$", "POS");

  private MissedAmounts() {}

  /** The mentions with the missed amounts added, in text order. */
  public static List<Mention> withMissed(List<Mention> mentions, AnnotatedText annotated) {
    List<Mention> all = new ArrayList<>(mentions);
    for (Sentence sentence : annotated.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (hasDigit(token.word()) && !covered(all, token)) {
          read(tokens, i, annotated.text(), sentence.index()).ifPresent(all::add);
        }
      }
    }
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  private static Optional<Mention> read(List<Token> tokens, int first, String text, int sentence) {
    int begin = tokens.get(first).begin();
    int end = tokens.get(first).end();
    Optional<NormalizedQuantity> best = QuantityNormalizer.parse(text.substring(begin, end));
    for (int i = first + 1; i < Math.min(tokens.size(), first + 1 + MAX_EXTRA_TOKENS); i++) {
      Optional<NormalizedQuantity> longer = QuantityNormalizer.parse(text.substring(begin, tokens.get(i).end()));
      if (longer.isEmpty()) {
        break;
      }
      // A hyphen changes nothing, the scale word after it does: "Rs16,189" "-" "crore".
      if (!longer.equals(best)) {
        best = longer;
        end = tokens.get(i).end();
      }
    }
    if (best.isEmpty()) {
      return Optional.empty();
    }
    if (best.get().currency() == null && !best.get().percent()) {
      return measure(tokens, first, text, sentence);
    }
    NormalizedQuantity q = best.get();
    MentionType type = q.percent() ? MentionType.PERCENT : MentionType.MONEY;
    return Optional.of(
        new Mention(
            type, begin, end, text.substring(begin, end), q.value(), null, null, null,
            q.currency(), sentence));
  }

  /**
   * A number with a unit of measure written against it ("100t", "500m2", "1.8m" of "1.8m tall"):
   * the number alone, whose unit the quantity rules read after it. Letters that spell no unit
   * ("5G", "4K") make no mention.
   */
  private static Optional<Mention> measure(List<Token> tokens, int first, String text, int sentence) {
    int begin = tokens.get(first).begin();
    int last = Math.min(tokens.size(), first + 1 + MAX_EXTRA_TOKENS) - 1;
    Optional<QuantityParser.Extent> read = QuantityParser.read(text.substring(begin, tokens.get(last).end()));
    if (read.isEmpty() || read.get().quantity().high() != null) {
      return Optional.empty();
    }
    QuantityParser.Extent extent = read.get();
    int at = extent.length();
    int tokenEnd = tokens.get(first).end() - begin;
    Optional<UnitSpellings.Match> unit =
        at < extent.tokens().size() && extent.tokens().get(at).glued() && extent.end() <= tokenEnd
            ? UnitSpellings.match(extent.tokens(), at)
            : Optional.empty();
    // The unit must end the token ("24703L202" is a code), and a capital letter is a unit only
    // where a name could not stand: "above 45C in Delhi" is hot, "the 13F filing" and "when must
    // 13F be filed" name a form.
    boolean wholeToken = unit.isPresent() && extent.tokens().get(at + unit.get().length() - 1).end() == tokenEnd;
    boolean capital = unit.isPresent() && Character.isUpperCase(extent.tokens().get(at).raw().charAt(0));
    boolean beforeNoun = first + 1 < tokens.size() && tokens.get(first + 1).hasTag("NN");
    boolean afterDeterminer = first > 0 && NAME_BEFORE.contains(tokens.get(first - 1).tag());
    if (!wholeToken || (capital && (beforeNoun || afterDeterminer))) {
      return Optional.empty();
    }
    int end = begin + extent.end();
    return Optional.of(
        new Mention(
            MentionType.NUMBER, begin, end, text.substring(begin, end), extent.quantity().value(), null,
            null, null, null, sentence));
  }

  private static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  private static boolean covered(List<Mention> mentions, Token token) {
    return mentions.stream().anyMatch(m -> m.start() < token.end() && token.begin() < m.end());
  }
}
