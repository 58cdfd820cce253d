package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class AcronymsTest {
  private static Mention mention(MentionType type, String name, int start) {
    return new Mention(type, start, start + name.length(), name, null, null, null, null, null, 0);
  }

  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return Acronyms.resolve(new ArrayList<>(List.of(mentions)), annotated);
  }

  @Test
  void anAcronymTheArticleIntroducesIsTheOrganisationEverywhere() {
    String text =
        "Shares fell on the Lisbon Stock Exchange (LSE) on Monday. LSE officials said trading resumed, "
            + "and the LSE board met. The LSEs of other cities and TLSE rose.";
    List<Mention> resolved =
        resolve(
            text,
            mention(MentionType.ORGANIZATION, "Lisbon Stock Exchange", text.indexOf("Lisbon")),
            mention(MentionType.LOCATION, "LSE", text.indexOf("the LSE board") + 4));
    assertThat(resolved)
        .extracting(Mention::type, Mention::start)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, text.indexOf("Lisbon")),
            tuple(MentionType.ORGANIZATION, text.indexOf("(LSE)") + 1),
            tuple(MentionType.ORGANIZATION, text.indexOf("LSE officials")),
            tuple(MentionType.ORGANIZATION, text.indexOf("the LSE board") + 4));
  }

  @Test
  void aPluralAcronymCountsAsWritten() {
    String text = "units in the Air Defense Direction Centers ( ADDCs ) . The ADDCs closed .";
    List<Mention> resolved =
        resolve(text, mention(MentionType.ORGANIZATION, "Air Defense Direction Centers", text.indexOf("Air")));
    assertThat(resolved).extracting(Mention::text).containsExactly("Air Defense Direction Centers", "ADDCs", "ADDCs");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Shares of Acme Corp (ACX) rose, and ACX traded higher. | Acme Corp",
        "The Group of Seven (GOS) met. | Group of Seven",
      })
  void aParenthesisThatDoesNotSpellTheNameIsNoAcronym(String text, String organisation) {
    List<Mention> resolved = resolve(text, mention(MentionType.ORGANIZATION, organisation, text.indexOf(organisation)));
    assertThat(resolved).extracting(Mention::text).containsExactly(organisation);
  }

  @Test
  void anAcronymOfTheNameInAnotherLanguageIsOneToo() {
    String text = "The Human Rights National Observatory (ONDH) said 40 were held. ONDH officials met.";
    String name = "Human Rights National Observatory";
    List<Mention> resolved = resolve(text, mention(MentionType.ORGANIZATION, name, text.indexOf(name)));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, name),
            tuple(MentionType.ORGANIZATION, "ONDH"),
            tuple(MentionType.ORGANIZATION, "ONDH"));
  }

  @ParameterizedTest
  @CsvSource({
    "Brennet Mining Corp, BMCX",
    "Lisbon Stock Exchange, XYZW",
    "Port Authority, PAXT",
  })
  void aTickerOrALooseMatchIsNoAcronym(String name, String acronym) {
    assertThat(Acronyms.abbreviates(acronym, name)).isFalse();
  }

  @Test
  void onlyAnOrganisationIntroducesAnAcronym() {
    String text = "John Smith (JS) spoke, and JS left.";
    List<Mention> resolved = resolve(text, mention(MentionType.PERSON, "John Smith", 0));
    assertThat(resolved).extracting(Mention::text).containsExactly("John Smith");
  }

  @ParameterizedTest
  @CsvSource({
    "State Law and Order Restoration Council, SLORC",
    "Guangdong Post and Telecommunications Administration, GPTA",
    "Ministry of Foreign Affairs, MFA",
    "Anti-Defamation League, ADL",
  })
  void initialsSkipSmallWords(String name, String acronym) {
    assertThat(Acronyms.initials(name)).isEqualTo(acronym);
  }
}
