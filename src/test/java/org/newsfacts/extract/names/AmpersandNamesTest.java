package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class AmpersandNamesTest {
  private static Mention in(MentionType type, String text, String name) {
    int start = text.indexOf(name);
    return new Mention(type, start, start + name.length(), name, null, null, null, null, null, 0);
  }

  private static List<Mention> resolve(String text, Mention... tagged) {
    return AmpersandNames.resolve(List.of(tagged), new AnnotatedText(text, null, List.of(), List.of()));
  }

  @Test
  void surnamesJoinedByAnAmpersandAreOneFirm() {
    String text = "The makers , Kobbel Cos. , Harl & Vennick and Tessen , agreed .";
    assertThat(resolve(text, in(MentionType.ORGANIZATION, text, "Kobbel Cos."), in(MentionType.PERSON, text, "Harl"),
            in(MentionType.PERSON, text, "Vennick"), in(MentionType.ORGANIZATION, text, "Tessen")))
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Kobbel Cos."),
            tuple(MentionType.ORGANIZATION, "Harl & Vennick"),
            tuple(MentionType.ORGANIZATION, "Tessen"));
  }

  @Test
  void aLawFirmListsItsPartnersWithCommas() {
    String text = "Counsel : Harl , Vennick & Orlo , Kobbelton";
    assertThat(resolve(text, in(MentionType.PERSON, text, "Harl"), in(MentionType.LOCATION, text, "Kobbelton")))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Harl , Vennick & Orlo"), tuple(MentionType.LOCATION, "Kobbelton"));
  }

  @Test
  void untaggedWordsOrAWorkKeepTheirReading() {
    // Nothing the tagger named ("Research & Analysis"), or a work ("Tom & Jerry").
    String text = "Research & Analysis staff watched Tom & Jerry .";
    Mention work = in(MentionType.MISC, text, "Tom & Jerry");
    assertThat(resolve(text, work)).containsExactly(work);
  }
}
