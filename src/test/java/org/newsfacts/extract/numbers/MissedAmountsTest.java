package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class MissedAmountsTest {

  /** One sentence whose tokens are the given pieces of {@code text}, in order, each a noun. */
  private static AnnotatedText annotated(String text, String... pieces) {
    return annotatedTagged(text, Arrays.stream(pieces).map(p -> p + "/NN").toArray(String[]::new));
  }

  /** As {@link #annotated}, with each piece written "word/TAG". */
  private static AnnotatedText annotatedTagged(String text, String... pieces) {
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    for (String piece : pieces) {
      int slash = piece.lastIndexOf('/');
      String word = piece.substring(0, slash);
      int begin = text.indexOf(word, from);
      tokens.add(new Token(word, piece.substring(slash + 1), begin, begin + word.length()));
      from = begin + word.length();
    }
    return new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), tokens)), List.of());
  }

  @Test
  void moneyGluedToItsCurrencyAndScaleIsFound() {
    String text = "It approved a Rs16,189-crore budget.";
    AnnotatedText a = annotated(text, "It", "approved", "a", "Rs16,189", "-", "crore", "budget", ".");
    assertThat(MissedAmounts.withMissed(List.of(), a))
        .extracting(Mention::type, Mention::text, m -> m.number().toPlainString(), Mention::currency)
        .containsExactly(tuple(MentionType.MONEY, "Rs16,189-crore", "161890000000", "INR"));
  }

  @Test
  void bareNumbersAndCodesAreLeftAlone() {
    String text = "The F-16 flew 300 miles.";
    AnnotatedText a = annotated(text, "The", "F-16", "flew", "300", "miles", ".");
    assertThat(MissedAmounts.withMissed(List.of(), a)).isEmpty();
  }

  @Test
  void aUnitOfMeasureGluedToItsNumberIsFound() {
    String text = "It can lift 100t and covers 500m2.";
    AnnotatedText a = annotated(text, "It", "can", "lift", "100t", "and", "covers", "500m2", ".");
    assertThat(MissedAmounts.withMissed(List.of(), a))
        .extracting(Mention::type, Mention::text, m -> m.number().toPlainString())
        .containsExactly(tuple(MentionType.NUMBER, "100", "100"), tuple(MentionType.NUMBER, "500", "500"));
  }

  @Test
  void codesWithUnitLettersAreLeftAlone() {
    String text = "Its 13F lists part 24703L202 and 5G.";
    AnnotatedText a = annotatedTagged(text, "Its/PRP$", "13F/NN", "lists/VBZ", "part/NN", "24703L202/NN", "and/CC", "5G/NN", "./.");
    assertThat(MissedAmounts.withMissed(List.of(), a)).isEmpty();
  }

  @Test
  void tokensAlreadyInAMentionAreNotReadAgain() {
    String text = "It cost $5 mln.";
    AnnotatedText a = annotated(text, "It", "cost", "$", "5", "mln", ".");
    Mention money =
        new Mention(MentionType.MONEY, 8, 14, "$5 mln", new java.math.BigDecimal("5000000"), null, null, null, "USD", 0);
    assertThat(MissedAmounts.withMissed(List.of(money), a)).containsExactly(money);
  }
}
