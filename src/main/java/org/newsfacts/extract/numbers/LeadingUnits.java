package org.newsfacts.extract.numbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.extract.corenlp.SentenceMentions;
import org.newsfacts.fact.Mention;

/**
 * Units news writes before their number: "a magnitude 7.8 earthquake", "of magnitude 5". Read
 * after the number ("7.8 magnitude") they are ordinary spellings; read before it they would
 * otherwise make the number look like a label ("Game 5") or count the noun after it
 * ("earthquake").
 */
final class LeadingUnits {
  // Scales whose name, not a noun after, says what the number measures.
  private static final Set<String> SCALES = Set.of("magnitude");

  private LeadingUnits() {}

  /** The unit written right before mention {@code m}, if it is one of these scales. */
  static Optional<QuantityUnit> before(Mention m, SentenceMentions s) {
    int first = s.tokenAt(m.start());
    if (first == 0) {
      return Optional.empty();
    }
    List<Token> tokens = s.sentence().tokens();
    String word = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    return SCALES.contains(word) ? QuantityUnit.named(word) : Optional.empty();
  }
}
