package org.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    if (best.isEmpty() || (best.get().currency() == null && !best.get().percent())) {
      return Optional.empty();
    }
    NormalizedQuantity q = best.get();
    MentionType type = q.percent() ? MentionType.PERCENT : MentionType.MONEY;
    return Optional.of(
        new Mention(
            type, begin, end, text.substring(begin, end), q.value(), null, null, null,
            q.currency(), sentence));
  }

  private static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  private static boolean covered(List<Mention> mentions, Token token) {
    return mentions.stream().anyMatch(m -> m.start() < token.end() && token.begin() < m.end());
  }
}
