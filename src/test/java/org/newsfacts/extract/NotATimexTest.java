package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.TaggedSentences.sentence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.extract.AnnotatedText.Sentence;

class NotATimexTest {
  private static final Sentence ANY = sentence("a/DT b/NN");

  @ParameterizedTest
  @ValueSource(strings = {"once", "Previously", "quarterly", "annual", "night", "morning", "the", "ended", "fiscal", "this 6-year-old", "march", "the annual"})
  void wordsTimeMlDoesNotMarkAreDropped(String text) {
    assertThat(NotATimex.applies(text, ANY.tokens(), 2)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"now", "Friday", "the future", "last year", "recently", "daily", "Sunday night", "March", "May"})
  void temporalExpressionsStay(String text) {
    assertThat(NotATimex.applies(text, ANY.tokens(), 2)).isFalse();
  }

  @Test
  void futureIsAnExpressionAsANounButNotAsAnAdjective() {
    Sentence adjective = sentence("future/JJ losses/NNS");
    Sentence noun = sentence("in/IN the/DT future/NN ./.");
    assertThat(NotATimex.applies("future", adjective.tokens(), 1)).isTrue();
    assertThat(NotATimex.applies("future", noun.tokens(), 3)).isFalse();
  }
}
