package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class SpelledNamesTest {
  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return Acronyms.resolve(List.of(mentions), annotated);
  }

  @Test
  void aNameTheTaggerSplitIsOneOrganisationWhenItsAcronymFollows() {
    String text = "Built by the Dover and North Coast Railway (DNCR) in 1890, the line was sold when DNCR failed.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.LOCATION, text, "Dover"),
            NameMentions.first(MentionType.ORGANIZATION, text, "North Coast Railway"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Dover and North Coast Railway"),
            tuple(MentionType.ORGANIZATION, "DNCR"),
            tuple(MentionType.ORGANIZATION, "DNCR"));
  }

  @Test
  void anUntaggedNameEndingInAnOrganisationsHeadWordCounts() {
    String text = "Members of the Rural Water Users Association (RWUA) met.";
    assertThat(resolve(text))
        .extracting(Mention::text)
        .containsExactly("Rural Water Users Association", "RWUA");
  }

  @Test
  void capitalisedTermsPeopleAndPlacesAreLeftAlone() {
    String text =
        "Gross Domestic Product (GDP) rose. Maria Elena Ortiz (MEO) spoke in the United Arab Emirates (UAE). "
            + "Global Depositary Receipts (GDRs) fell.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.PERSON, text, "Maria Elena Ortiz"),
            NameMentions.first(MentionType.LOCATION, text, "United Arab Emirates"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.PERSON, "Maria Elena Ortiz"), tuple(MentionType.LOCATION, "United Arab Emirates"));
  }
}
