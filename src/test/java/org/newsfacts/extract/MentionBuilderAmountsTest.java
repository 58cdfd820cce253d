package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.TaggedSentences;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class MentionBuilderAmountsTest {
  @Test
  void scaleWordTheTaggerTagsApartStaysInsideTheAmount() {
    // CoreNLP tags "40" and "dlrs" as MONEY and "mln" on its own as a NUMBER.
    Sentence tagged = TaggedSentences.sentence("Profit/NN was/VBD 40/CD mln/CD dlrs/NNS ./.");
    String text = "Profit was 40 mln dlrs .";
    Sentence sentence = new Sentence(0, 0, text.length(), tagged.tokens());
    List<RawMention> raw =
        List.of(
            new RawMention("MONEY", 11, 13, 0, 2, 3, "$40.0", null, null),
            new RawMention("NUMBER", 14, 17, 0, 3, 4, "0.0", null, null));
    List<Mention> mentions =
        MentionBuilder.build(new AnnotatedText(text, null, List.of(sentence), raw));
    assertThat(mentions)
        .extracting(Mention::type, Mention::text, Mention::value)
        .containsExactly(tuple(MentionType.MONEY, "40 mln dlrs", new BigDecimal("40000000")));
  }
}
