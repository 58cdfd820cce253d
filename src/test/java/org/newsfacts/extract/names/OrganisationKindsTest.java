package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class OrganisationKindsTest {
  private static final OrganisationKinds KINDS =
      new OrganisationKinds(name -> Set.of("Dorrin", "Velmar").contains(name), word -> word.equals("Velmarian"));

  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return KINDS.resolve(List.of(mentions), annotated);
  }

  @Test
  void aNameAfterTheKindOfOrganisationIsOneAndSoIsEveryOtherUseOfIt() {
    String text = "She sang with the folk band Pella Moor in 2019. Pella Moor broke up.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.PERSON, text, "Pella Moor"),
            NameMentions.last(MentionType.PERSON, text, "Pella Moor"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Pella Moor"), tuple(MentionType.ORGANIZATION, "Pella Moor"));
  }

  @Test
  void anUntaggedNameAfterTheKindIsAddedWithTheArticleOfItsName() {
    String text = "He signed to the record label The Quiet Ferns last spring.";
    assertThat(resolve(text))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "The Quiet Ferns"));
  }

  @Test
  void aPaperThatSpeaksIsAnOrganisation() {
    String text = "But Tallo Vesk newspaper said the talks failed, and the Kord daily quoted him.";
    List<Mention> resolved = resolve(text, NameMentions.first(MentionType.PERSON, text, "Kord"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Tallo Vesk"), tuple(MentionType.ORGANIZATION, "Kord"));
  }

  @Test
  void placesNationalitiesAndPeopleKeepTheirType() {
    String text = "Dorrin radio said a Velmarian newspaper reported that the company Harlow founded grew. Ann Harlow agreed.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.LOCATION, text, "Dorrin"),
            NameMentions.first(MentionType.PERSON, text, "Harlow"),
            NameMentions.first(MentionType.PERSON, text, "Ann Harlow"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.LOCATION, "Dorrin"),
            tuple(MentionType.PERSON, "Harlow"),
            tuple(MentionType.PERSON, "Ann Harlow"));
  }

  @Test
  void anOrganisationTheTaggerFoundKeepsItsEdgesAndOneLetterIsNoName() {
    String text = "Shares offered by company N / A. The bank Orrel Trust Co said so.";
    Mention trust = NameMentions.first(MentionType.ORGANIZATION, text, "Orrel Trust");
    assertThat(resolve(text, trust)).containsExactly(trust);
  }

  @Test
  void aNameAfterAPostInAnOrganisationIsOneAndSoIsEveryOtherUseOfIt() {
    String text = "Ida Strand, founder of Tollen Works, spoke. The president of the Marrow Guild agreed, and Tollen Works grew.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.PERSON, text, "Ida Strand"),
            NameMentions.first(MentionType.LOCATION, text, "Marrow"),
            NameMentions.last(MentionType.PERSON, text, "Tollen Works"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.PERSON, "Ida Strand"),
            tuple(MentionType.ORGANIZATION, "Tollen Works"),
            tuple(MentionType.ORGANIZATION, "Marrow Guild"),
            tuple(MentionType.ORGANIZATION, "Tollen Works"));
  }

  @Test
  void aPlaceANationalityOrADescriptionAfterAPostIsNoOrganisation() {
    String text =
        "The president of Velmar met the head of the Velmarian league, a director of the Dorrin-based trust and"
            + " the Director of Intelligence.";
    Mention velmar = NameMentions.first(MentionType.LOCATION, text, "Velmar");
    assertThat(resolve(text, velmar)).containsExactly(velmar);
  }
}
