package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.TaggedSentences;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class MentionBuilderNamesTest {
  @Test
  void thePronounOpeningANameIsNoSecondPerson() {
    // The entity-mention pass lists "He" as a person for coreference; here its token is the
    // first of the name "He Lin", so it carries the name's tag and came through beside it.
    Sentence tagged = TaggedSentences.sentence("Prices/NNS rose/VBD ,/, He/PRP Lin/NNP ,/, the/DT minister/NN ,/, said/VBD ./.");
    String text = "Prices rose , He Lin , the minister , said .";
    Sentence sentence = new Sentence(0, 0, text.length(), tagged.tokens());
    List<RawMention> raw =
        List.of(
            new RawMention("PERSON", 14, 20, 0, 3, 5, null, null, null),
            new RawMention("PERSON", 14, 16, 0, 3, 4, null, null, null));
    List<Mention> mentions = MentionBuilder.build(new AnnotatedText(text, null, List.of(sentence), raw));
    assertThat(mentions)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.PERSON, "He Lin"));
  }
}
