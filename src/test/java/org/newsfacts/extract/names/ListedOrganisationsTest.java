package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class ListedOrganisationsTest {
  private static final ListedOrganisations LISTED = new ListedOrganisations(name -> Set.of("Peru", "Chile").contains(name));

  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return LISTED.resolve(List.of(mentions), annotated);
  }

  @Test
  void everyNameListedAfterAKindOfOrganisationIsOne() {
    String text = "Startups such as Quillbox, Marlo and Fenwick Labs hired, as did Marlo's founder.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.LOCATION, text, "Quillbox"),
            NameMentions.first(MentionType.PERSON, text, "Marlo"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Quillbox"),
            tuple(MentionType.ORGANIZATION, "Marlo"),
            tuple(MentionType.ORGANIZATION, "Fenwick Labs"));
  }

  @Test
  void aKnownPlaceInTheListAndNamesAfterItsEndAreLeftAlone() {
    String text = "Miners like Peru and Oskar Vint agreed. Later Oskar Vint and Chile spoke.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.LOCATION, text, "Peru"),
            NameMentions.first(MentionType.PERSON, text, "Oskar Vint"),
            NameMentions.last(MentionType.PERSON, text, "Oskar Vint"),
            NameMentions.first(MentionType.LOCATION, text, "Chile"));
    // "Miners" is no kind of organisation: nothing changes.
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(MentionType.LOCATION, MentionType.PERSON, MentionType.PERSON, MentionType.LOCATION);
  }

  @Test
  void aPlaceNamedInTheListKeepsItsType() {
    String text = "Brands like Peru and Tallis & Co sold well.";
    List<Mention> resolved = resolve(text, NameMentions.first(MentionType.LOCATION, text, "Peru"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.LOCATION, "Peru"), tuple(MentionType.ORGANIZATION, "Tallis & Co"));
  }
}
