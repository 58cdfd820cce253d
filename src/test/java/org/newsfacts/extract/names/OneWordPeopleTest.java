package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class OneWordPeopleTest {
  // A small lexicon of our own: "Quorvex" and "Nashby" are things to the web, "Tamsin" a first name.
  private static final PronounGenders GENDERS =
      new PronounGenders(
          sorted(PronounGenders.fingerprint("quorvex"), PronounGenders.fingerprint("nashby")),
          sorted(PronounGenders.fingerprint("quorvex"), PronounGenders.fingerprint("nashby")),
          Set.of("tamsin"));
  private static final OneWordPeople RULE =
      new OneWordPeople(GENDERS, TitleLexicon.standard(), name -> name.equals("Nashby"));

  private static long[] sorted(long... values) {
    java.util.Arrays.sort(values);
    return values;
  }

  /** The text as one sentence of whitespace-separated tokens (a trailing "." its own token). */
  private static AnnotatedText tokenised(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\s.,]+\\.?(?=\\s)|[^\\s.,]+|[.,]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), "NNP", m.start(), m.end()));
    }
    return new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), tokens)), List.of());
  }

  private static List<Mention> resolve(String text, Mention... mentions) {
    return RULE.resolve(List.of(mentions), tokenised(text));
  }

  @Test
  void aCommonNounTheArticleAlsoWritesInLowerCaseIsNoName() {
    String text = "Install Trackly today . Trackly is an app . Many teams trackly their time .";
    assertThat(resolve(text, NameMentions.first(MentionType.PERSON, text, "Trackly"),
            NameMentions.at(MentionType.PERSON, "Trackly", text.indexOf("Trackly is"))))
        .extracting(Mention::type)
        .containsOnly(MentionType.MISC);
  }

  @Test
  void aWordTheWebCallsItIsAnOrganisationOrAKnownPlace() {
    String text = "Quorvex said profits rose . Nashby voted on Monday .";
    assertThat(resolve(text, NameMentions.first(MentionType.PERSON, text, "Quorvex"),
            NameMentions.first(MentionType.PERSON, text, "Nashby")))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Quorvex"), tuple(MentionType.LOCATION, "Nashby"));
  }

  @Test
  void aPersonNamedInFullAFirstNameOrATitledNameStays() {
    String text = "Ann Quorvex spoke . Quorvex left . Tamsin smiled . Dr. Nashby agreed .";
    assertThat(resolve(text,
            NameMentions.first(MentionType.PERSON, text, "Ann Quorvex"),
            NameMentions.at(MentionType.PERSON, "Quorvex", text.indexOf("Quorvex left")),
            NameMentions.first(MentionType.PERSON, text, "Tamsin"),
            NameMentions.first(MentionType.PERSON, text, "Nashby")))
        .extracting(Mention::type)
        .containsOnly(MentionType.PERSON);
  }

  @Test
  void inCopyWrittenPartlyInLowerCaseALowerCaseWordSaysNothing() {
    String text = "Trackly said Vandoria will pay . minister trackly told vandoria banks .";
    assertThat(resolve(text, NameMentions.first(MentionType.PERSON, text, "Trackly"),
            NameMentions.first(MentionType.LOCATION, text, "Vandoria")))
        .extracting(Mention::type)
        .containsExactly(MentionType.PERSON, MentionType.LOCATION);
  }

  @Test
  void oneTitledUseAmongManyDoesNotMakeAPerson() {
    String text = "Mobile Trackly . Trackly works . Trackly syncs . Trackly is free . the trackly icon .";
    assertThat(resolve(text, NameMentions.first(MentionType.PERSON, text, "Trackly"),
            NameMentions.at(MentionType.PERSON, "Trackly", text.indexOf("Trackly works")),
            NameMentions.at(MentionType.PERSON, "Trackly", text.indexOf("Trackly syncs")),
            NameMentions.at(MentionType.PERSON, "Trackly", text.indexOf("Trackly is"))))
        .extracting(Mention::type)
        .containsOnly(MentionType.MISC);
  }

  @Test
  void aLongerNameEndingInACommonNounTheWebCallsItIsNoPerson() {
    String text = "Try the Quorvex Trackly app . Nashby Quorvex is new . a quorvex is a tool .";
    assertThat(resolve(text, NameMentions.first(MentionType.PERSON, text, "Nashby Quorvex")))
        .extracting(Mention::type)
        .containsExactly(MentionType.ORGANIZATION);
  }

  @Test
  void aNameWrittenOnlyWithACapitalStaysAPerson() {
    String text = "Trackly said the deal was done .";
    assertThat(resolve(text, NameMentions.first(MentionType.PERSON, text, "Trackly")))
        .extracting(Mention::type)
        .containsOnly(MentionType.PERSON);
  }

  @Test
  void coreNlpsGenderDataTellsCompaniesFromPeople() {
    PronounGenders data = PronounGenders.standard();
    assertThat(data.isThing("Deloitte")).isTrue();
    assertThat(data.isThing("Accenture")).isTrue();
    assertThat(data.isThing("Pitt")).isFalse();
    assertThat(data.isThing("Obama")).isFalse();
    assertThat(data.isKnown("Obama")).isTrue();
    assertThat(data.isFirstName("Jeanne")).isTrue();
  }

  @Test
  void throughThePipelineACompanyNamedAloneIsNoPerson() {
    List<Mention> names =
        FactExtractor.shared()
            .extract(new Article("t", "t.txt", null, List.of(), "2025-03-04",
                "Accenture hired 500 engineers in Dublin. Accenture said the jobs would be permanent."))
            .mentions()
            .stream()
            .filter(m -> m.text().equals("Accenture"))
            .toList();
    assertThat(names).isNotEmpty().extracting(Mention::type).doesNotContain(MentionType.PERSON);
  }
}
