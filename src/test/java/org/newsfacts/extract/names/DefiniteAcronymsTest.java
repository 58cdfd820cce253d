package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class DefiniteAcronymsTest {
  private static final DefiniteAcronyms ACRONYMS = new DefiniteAcronyms(name -> Set.of("UK", "EU").contains(name));

  /** One sentence of "word/TAG" tokens joined by spaces, as the tagger would hand it over. */
  private static AnnotatedText tagged(String... wordsAndTags) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String wordAndTag : wordsAndTags) {
      int slash = wordAndTag.lastIndexOf('/');
      String word = wordAndTag.substring(0, slash);
      if (!text.isEmpty()) {
        text.append(' ');
      }
      tokens.add(new Token(word, wordAndTag.substring(slash + 1), text.length(), text.length() + word.length()));
      text.append(word);
    }
    return new AnnotatedText(text.toString(), null, List.of(new Sentence(0, 0, text.length(), tokens)), List.of());
  }

  @Test
  void anAcronymWithTheStandingAsANounIsAnOrganisation() {
    AnnotatedText text =
        tagged("The/DT", "VKP/NNP", "'s/POS", "members/NNS", "left/VBD", "after/IN", "the/DT", "ORTA/NNP", "said/VBD",
            "so/RB", "to/TO", "the/DT", "DLB/NNP", "./.");
    assertThat(ACRONYMS.resolve(List.of(), text))
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "VKP"),
            tuple(MentionType.ORGANIZATION, "ORTA"),
            tuple(MentionType.ORGANIZATION, "DLB"));
  }

  @Test
  void anAcronymQualifyingANounAKnownPlaceOrATaggedNameIsLeftAlone() {
    AnnotatedText text =
        tagged("the/DT", "RPO/NNP", "car/NN", "left/VBD", "the/DT", "UK/NNP", "for/IN", "the/DT", "KLM/NNP", "./.");
    Mention klm = NameMentions.at(MentionType.ORGANIZATION, "KLM", text.text().indexOf("KLM"));
    assertThat(ACRONYMS.resolve(List.of(klm), text)).containsExactly(klm);
  }

  @Test
  void aHeadlineInCapitalsHasNoAcronyms() {
    AnnotatedText text = tagged("THE/DT", "ORTA/NNP", "WINS/VBZ", "AGAIN/RB");
    assertThat(ACRONYMS.resolve(List.of(), text)).isEmpty();
  }
}
