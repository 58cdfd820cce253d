package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class OrganisationListsTest {
  private static final OrganisationLists LISTS = new OrganisationLists(name -> name.equals("Oslo"));

  @Test
  void aPlaceOrAnUntaggedNameListedWithOrganisationsIsOne() {
    String text = "Analysts named Norvale, Tarvik Bank, Halden and Varn Union as buyers.";
    List<Mention> resolved =
        LISTS.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Norvale"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Tarvik Bank"),
                NameMentions.first(MentionType.LOCATION, text, "Halden")),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Norvale"),
            tuple(MentionType.ORGANIZATION, "Tarvik Bank"),
            tuple(MentionType.ORGANIZATION, "Halden"),
            tuple(MentionType.ORGANIZATION, "Varn Union"));
  }

  @Test
  void peopleKnownPlacesAndTheWordThatOpensTheSentenceKeepTheirType() {
    String text = "Yesterday, Norvale, Tarvik and Ann Lee met in Oslo, Kelmar and Brennet-based Orvo.";
    List<Mention> resolved =
        LISTS.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Norvale"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Tarvik"),
                NameMentions.first(MentionType.PERSON, text, "Ann Lee"),
                NameMentions.first(MentionType.LOCATION, text, "Oslo")),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Norvale"),
            tuple(MentionType.ORGANIZATION, "Tarvik"),
            tuple(MentionType.PERSON, "Ann Lee"),
            tuple(MentionType.LOCATION, "Oslo"));
  }

  @Test
  void aListWithMorePeopleOrTwoNamesOnlyIsLeftAlone() {
    String text = "Norvale and Halden merged. Ann Lee, Ben Orr, Norvale, Tarvik and Kelmar sang.";
    List<Mention> resolved =
        LISTS.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Norvale"),
                NameMentions.first(MentionType.LOCATION, text, "Halden"),
                NameMentions.first(MentionType.PERSON, text, "Ann Lee"),
                NameMentions.first(MentionType.PERSON, text, "Ben Orr"),
                NameMentions.last(MentionType.ORGANIZATION, text, "Norvale"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Tarvik")),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(
            MentionType.ORGANIZATION, MentionType.LOCATION, MentionType.PERSON, MentionType.PERSON,
            MentionType.ORGANIZATION, MentionType.ORGANIZATION);
  }

  @Test
  void aNumberTheTaggerFoundInAListedNameIsPartOfIt() {
    String text = "Buyers were Norvale, Tarvik and Banc Two.";
    Mention two = NameMentions.first(MentionType.NUMBER, text, "Two");
    List<Mention> resolved =
        LISTS.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Norvale"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Tarvik"),
                two),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Norvale"),
            tuple(MentionType.ORGANIZATION, "Tarvik"),
            tuple(MentionType.ORGANIZATION, "Banc Two"));
  }

  @Test
  void overlappingMentionsAreNoTwoNamesOfAList() {
    // Two rules may leave mentions over the same words; the list is read past them, not broken.
    String text = "Buyers were Norvale, Tarvik and the minister, Ann Lee Kang, who said so.";
    List<Mention> resolved =
        LISTS.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Norvale"),
                NameMentions.first(MentionType.ORGANIZATION, text, "Tarvik"),
                NameMentions.first(MentionType.PERSON, text, "Ann Lee Kang"),
                NameMentions.first(MentionType.PERSON, text, "Lee Kang")),
            NameMentions.oneSentence(text));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Norvale"),
            tuple(MentionType.ORGANIZATION, "Tarvik"),
            tuple(MentionType.PERSON, "Ann Lee Kang"),
            tuple(MentionType.PERSON, "Lee Kang"));
  }
}
