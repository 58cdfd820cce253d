package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class OrganisationContextsTest {
  private static final OrganisationContexts CONTEXTS =
      new OrganisationContexts(name -> Set.of("London", "U.S.", "Oslo").contains(name));

  @Test
  void aNameTheTaggerCalledAPersonIsACompanyWhenItsSharesOrSpokespeopleAreMeant() {
    String text = "Investors bought shares of Hartwell after a Brisbane Marsh spokeswoman spoke. Hartwell stock rose.";
    List<Mention> resolved =
        CONTEXTS.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Hartwell"),
                NameMentions.first(MentionType.PERSON, text, "Brisbane Marsh"),
                NameMentions.last(MentionType.PERSON, text, "Hartwell")),
            text);
    assertThat(resolved).extracting(Mention::type).containsOnly(MentionType.ORGANIZATION);
  }

  @Test
  void anUnknownPlaceWithASpokesmanIsACompanyButAKnownPlaceStaysAPlace() {
    String text = "A spokesman for Nordwind Air said London shares fell and the Oslo spokesman agreed.";
    List<Mention> resolved =
        CONTEXTS.resolve(
            List.of(
                NameMentions.first(MentionType.LOCATION, text, "Nordwind Air"),
                NameMentions.first(MentionType.LOCATION, text, "London"),
                NameMentions.first(MentionType.LOCATION, text, "Oslo")),
            text);
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(MentionType.ORGANIZATION, MentionType.LOCATION, MentionType.LOCATION);
  }

  @Test
  void aStockMarketOrExchangeAfterTheNameIsNoCue() {
    String text = "Selby stock prices and the Kettering stock exchange were quiet, Selby said.";
    List<Mention> resolved =
        CONTEXTS.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Selby"),
                NameMentions.first(MentionType.LOCATION, text, "Kettering"),
                NameMentions.last(MentionType.PERSON, text, "Selby")),
            text);
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(MentionType.PERSON, MentionType.LOCATION, MentionType.PERSON);
  }

  @Test
  void aPossessiveStandingAloneIsAShopWithItsApostrophe() {
    String text = "The mall opened with Pruitt's and Lowell Dean. Harwood 's was added later, and Pruitt's book sold.";
    List<Mention> resolved =
        CONTEXTS.resolve(
            List.of(
                NameMentions.first(MentionType.PERSON, text, "Pruitt"),
                NameMentions.first(MentionType.PERSON, text, "Lowell Dean"),
                NameMentions.first(MentionType.PERSON, text, "Harwood"),
                NameMentions.last(MentionType.PERSON, text, "Pruitt")),
            text);
    // "Pruitt's book": a person's possessive is followed by what is theirs.
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Pruitt's"),
            tuple(MentionType.PERSON, "Lowell Dean"),
            tuple(MentionType.ORGANIZATION, "Harwood 's"),
            tuple(MentionType.PERSON, "Pruitt"));
  }

  @Test
  void anUntaggedNameInTheSameWordsOrSpeakingOfItselfAsItIsAnOrganisation() {
    String text = "Lindqvar said it would cut jobs. Shares of Tarrow fell. The spokesman said it was calm. Ann said it rained.";
    List<Mention> found =
        new OrganisationContexts(name -> false).withUntagged(List.of(), NameMentions.oneSentence(text));
    assertThat(found).extracting(Mention::text).containsExactly("Tarrow");
  }

  @Test
  void anUntaggedNameInsideASentenceThatSaysItIsAnOrganisation() {
    String text = "The state engineer Comelf said it doubled output, and a Varlo spokeswoman agreed.";
    List<Mention> found =
        new OrganisationContexts(name -> false).withUntagged(List.of(), NameMentions.oneSentence(text));
    assertThat(found)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Comelf"), tuple(MentionType.ORGANIZATION, "Varlo"));
  }

  @Test
  void anUntaggedNameAfterItsParentOrOwnerIsACompany() {
    String text = "Rival Kurds fought, Kelvo parent Yum Orlan agreed, and the label is owned by Tarvex-EMI. Ann Lee was glad.";
    List<Mention> found =
        new OrganisationContexts(name -> false).withUntagged(List.of(), NameMentions.oneSentence(text));
    assertThat(found).extracting(Mention::text).containsExactly("Yum Orlan", "Tarvex-EMI");
  }

  @Test
  void aPlaceTheTaggerDoesNotKnowWithItsHeadquartersOrUnionsIsACompany() {
    String text = "Workers marched outside Aer Varna headquarters while Marlo unions met Ann Lee in London.";
    List<Mention> resolved =
        new OrganisationContexts(name -> name.equals("London"))
            .resolve(
                List.of(
                    NameMentions.first(MentionType.LOCATION, text, "Aer Varna"),
                    NameMentions.first(MentionType.PERSON, text, "Marlo"),
                    NameMentions.first(MentionType.PERSON, text, "Ann Lee"),
                    NameMentions.first(MentionType.LOCATION, text, "London")),
                text);
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(MentionType.ORGANIZATION, MentionType.ORGANIZATION, MentionType.PERSON, MentionType.LOCATION);
  }
}
