package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class RivalNamesTest {
  // The gazetteer as far as these tests need it: "Orlen" is a place.
  private static final RivalNames RIVALS = new RivalNames(name -> name.equals("Orlen"));

  private static List<Mention> resolve(String text, Mention... tagged) {
    AnnotatedText annotated = new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), List.of())), List.of());
    return RIVALS.resolve(List.of(tagged), annotated);
  }

  private static Mention in(MentionType type, String text, String name) {
    int start = text.indexOf(name);
    return new Mention(type, start, start + name.length(), name, null, null, null, null, null, 0);
  }

  @Test
  void theNamesListedAfterRivalsAreFirms() {
    String text = "Rivals Kobbex and vaRlo Air , and Tessen also gained .";
    assertThat(resolve(text, in(MentionType.LOCATION, text, "Tessen")))
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Kobbex"),
            tuple(MentionType.ORGANIZATION, "vaRlo Air"),
            tuple(MentionType.ORGANIZATION, "Tessen"));
  }

  @Test
  void theWordRivalsIsNoPartOfTheName() {
    String text = "Rivals Kobbex Air Lines added flights .";
    assertThat(resolve(text, in(MentionType.ORGANIZATION, text, "Rivals Kobbex Air Lines")))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Kobbex Air Lines"));
  }

  @Test
  void peopleKnownPlacesAndTheSingularKeepTheirReading() {
    String text = "His rivals Ann Kobb and Orlen lost , as rival Tessen did .";
    Mention person = in(MentionType.PERSON, text, "Ann Kobb");
    Mention place = in(MentionType.LOCATION, text, "Orlen");
    assertThat(resolve(text, person, place)).containsExactly(person, place);
  }
}
