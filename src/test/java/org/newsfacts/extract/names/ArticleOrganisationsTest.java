package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class ArticleOrganisationsTest {
  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return ArticleOrganisations.resolve(List.of(mentions), annotated);
  }

  @Test
  void anOrganisationNamedAloneElsewhereInTheArticleIsTheOrganisation() {
    String text = "Tarvik Foods said profit fell. Tarvik plans cuts. Later, Tarvik said it would hire.";
    int second = text.indexOf("Tarvik plans");
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.ORGANIZATION, text, "Tarvik Foods"),
            NameMentions.at(MentionType.ORGANIZATION, "Tarvik", second));
    assertThat(resolved)
        .extracting(Mention::type, Mention::start)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, 0),
            tuple(MentionType.ORGANIZATION, second),
            tuple(MentionType.ORGANIZATION, text.lastIndexOf("Tarvik")));
  }

  @Test
  void aNameInsideALongerNameOrTaggedMoreOftenAsAPlaceIsLeftAlone() {
    String text = "Omber said sales rose. Omber Street was closed. Lund sold. Lund is a town; Lund voted; Lund grew.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.ORGANIZATION, text, "Omber"),
            NameMentions.at(MentionType.ORGANIZATION, "Lund", text.indexOf("Lund sold")),
            NameMentions.at(MentionType.LOCATION, "Lund", text.indexOf("Lund is")),
            NameMentions.at(MentionType.LOCATION, "Lund", text.indexOf("Lund voted")));
    assertThat(resolved).hasSize(4);
  }

  @Test
  void oneStrayTagDoesNotSpreadOverManyUntaggedUses() {
    String text = "Milestone 3 passed. Milestone 4 passed. Milestone 5 passed. Milestone 6 passed. Milestone 7 passed.";
    List<Mention> resolved = resolve(text, NameMentions.first(MentionType.ORGANIZATION, text, "Milestone"));
    assertThat(resolved).hasSize(1);
  }

  @Test
  void aCompanyFoundOnceIsTheCompanyWhereItIsNamedAloneTwiceMore() {
    // The tagger found "Quorvik" once, after "the software firm"; the headline and a sentence
    // opening with it name it alone.
    String text = "Quorvik update halts flights\nAn update from the software firm Quorvik failed. Quorvik chief executive Ann Lee said sorry.";
    List<Mention> resolved =
        resolve(text, NameMentions.at(MentionType.ORGANIZATION, "Quorvik", text.indexOf("Quorvik failed")));
    assertThat(resolved)
        .extracting(Mention::type, Mention::start)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, 0),
            tuple(MentionType.ORGANIZATION, text.indexOf("Quorvik failed")),
            tuple(MentionType.ORGANIZATION, text.lastIndexOf("Quorvik")));
  }

  @Test
  void aNameTaggedAsAnOrganisationAsOftenAsAsAPersonIsNoPerson() {
    String text = "The daily Pellam reported the fire. Pellam called it arson.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.ORGANIZATION, text, "Pellam"),
            NameMentions.last(MentionType.PERSON, text, "Pellam"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Pellam"), tuple(MentionType.ORGANIZATION, "Pellam"));
  }

  @Test
  void aPersonMoreOftenThanAnOrganisationOrInALongerPersonsNameStaysAPerson() {
    String text = "Orsk Motors grew. Orsk said so. Tam Orsk agreed. Brell left; Brell spoke; Brell Ltd fell; Brell won.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.ORGANIZATION, text, "Orsk"),
            NameMentions.at(MentionType.PERSON, "Orsk", text.indexOf("Orsk said")),
            NameMentions.first(MentionType.PERSON, text, "Tam Orsk"),
            NameMentions.at(MentionType.PERSON, "Brell", text.indexOf("Brell left")),
            NameMentions.at(MentionType.PERSON, "Brell", text.indexOf("Brell spoke")),
            NameMentions.at(MentionType.ORGANIZATION, "Brell", text.indexOf("Brell Ltd")));
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(
            MentionType.ORGANIZATION, MentionType.PERSON, MentionType.PERSON, MentionType.PERSON, MentionType.PERSON,
            MentionType.ORGANIZATION);
  }

  @Test
  void aNameTaggedAsAnOrganisationMoreOftenThanAsAPlaceIsTheOrganisationUnlessTheWordsSayPlace() {
    String text = "Varna Air cut flights. Varna Air staff struck. Varna Air said so. Varna Air hired. Unions met at "
        + "Varna Air. In Varna Air history it never struck. Delmar , Varna Air was calm. Orland joined Velmar, and "
        + "Velmar won. Velmar rose.";
    List<Mention> resolved =
        ArticleOrganisations.resolve(
            List.of(
                NameMentions.first(MentionType.ORGANIZATION, text, "Varna Air"),
                NameMentions.at(MentionType.ORGANIZATION, "Varna Air", text.indexOf("Varna Air staff")),
                NameMentions.at(MentionType.ORGANIZATION, "Varna Air", text.indexOf("Varna Air said")),
                NameMentions.at(MentionType.ORGANIZATION, "Varna Air", text.indexOf("Varna Air hired")),
                NameMentions.at(MentionType.LOCATION, "Varna Air", text.indexOf("Varna Air.")),
                NameMentions.at(MentionType.LOCATION, "Varna Air", text.indexOf("Varna Air history")),
                NameMentions.first(MentionType.LOCATION, text, "Delmar"),
                NameMentions.at(MentionType.LOCATION, "Varna Air", text.indexOf("Varna Air was")),
                NameMentions.first(MentionType.ORGANIZATION, text, "Velmar"),
                NameMentions.at(MentionType.ORGANIZATION, "Velmar", text.indexOf("Velmar won")),
                NameMentions.last(MentionType.LOCATION, text, "Velmar")),
            NameMentions.oneSentence(text),
            "Velmar"::equals);
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(
            MentionType.ORGANIZATION, MentionType.ORGANIZATION, MentionType.ORGANIZATION, MentionType.ORGANIZATION,
            MentionType.ORGANIZATION, MentionType.LOCATION, MentionType.LOCATION, MentionType.LOCATION,
            MentionType.ORGANIZATION, MentionType.ORGANIZATION, MentionType.LOCATION);
  }
}
