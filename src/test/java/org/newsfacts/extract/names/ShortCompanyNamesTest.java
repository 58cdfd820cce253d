package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class ShortCompanyNamesTest {
  private static final ShortCompanyNames RULE = new ShortCompanyNames(Set.of("Texas", "Oslo")::contains);

  /** One sentence whose capitalised words are proper nouns, except the {@code common} ones. */
  private static AnnotatedText annotated(String text, Set<String> common) {
    List<Token> tokens = new ArrayList<>();
    Matcher word = Pattern.compile("[\\p{L}'.]+|\\S").matcher(text);
    while (word.find()) {
      String w = word.group();
      boolean proper = Character.isUpperCase(w.charAt(0)) && !common.contains(w);
      tokens.add(new Token(w, proper ? "NNP" : "NN", word.start(), word.end()));
    }
    return new AnnotatedText(text, null, List.of(new Sentence(0, 0, text.length(), tokens)), List.of());
  }

  private static List<Mention> resolve(String text, Set<String> common, Mention... mentions) {
    return RULE.resolve(new ArrayList<>(List.of(mentions)), annotated(text, common));
  }

  @Test
  void aCompanyNamedWithItsLegalFormIsTheCompanyWithoutIt() {
    String text = "Lindqvar Corp said sales rose. Lindqvar plans cuts, and analysts told Lindqvar to wait.";
    List<Mention> resolved =
        resolve(
            text,
            Set.of(),
            NameMentions.first(MentionType.ORGANIZATION, text, "Lindqvar Corp"),
            NameMentions.at(MentionType.PERSON, "Lindqvar", text.indexOf("Lindqvar plans")));
    assertThat(resolved)
        .extracting(Mention::type, Mention::start)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, 0),
            tuple(MentionType.ORGANIZATION, text.indexOf("Lindqvar plans")),
            tuple(MentionType.ORGANIZATION, text.lastIndexOf("Lindqvar")));
  }

  @Test
  void legalFormsTradeWordsAndADomainAreLeftOut() {
    List<Mention> mentions =
        List.of(
            NameMentions.at(MentionType.ORGANIZATION, "Halden Financial Group Inc.", 0),
            NameMentions.at(MentionType.ORGANIZATION, "Vossberg AG", 40),
            NameMentions.at(MentionType.ORGANIZATION, "Brennet Mining", 60),
            NameMentions.at(MentionType.ORGANIZATION, "Orvanto Technologies", 80),
            NameMentions.at(MentionType.ORGANIZATION, "Kelsoft.com Inc", 110),
            NameMentions.at(MentionType.ORGANIZATION, "Group Inc", 130));
    assertThat(RULE.shortNames(mentions)).containsExactly("Halden", "Vossberg", "Orvanto", "Kelsoft");
  }

  @Test
  void aShortNameTheArticleWritesInLowerCaseIsACommonWord() {
    String text = "General Motors named a general manager. General said so. Orvanto Technologies agreed; Orvanto said so.";
    List<Mention> resolved =
        resolve(
            text,
            Set.of(),
            NameMentions.first(MentionType.ORGANIZATION, text, "General Motors"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Orvanto Technologies"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "General Motors"),
            tuple(MentionType.ORGANIZATION, "Orvanto Technologies"),
            tuple(MentionType.ORGANIZATION, "Orvanto"));
  }

  @Test
  void aPlaceACommonWordOrAPersonKeepsItsType() {
    String text =
        "Texas Corp and Marlow Corp and News Corp met. Texas voted. Marlow Street closed. "
            + "News spread. Ann Marlow said Marlow would stay.";
    List<Mention> resolved =
        resolve(
            text,
            Set.of("News"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Texas Corp"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Marlow Corp"),
            NameMentions.first(MentionType.ORGANIZATION, text, "News Corp"),
            NameMentions.at(MentionType.LOCATION, "Texas", text.indexOf("Texas voted")),
            NameMentions.first(MentionType.PERSON, text, "Ann Marlow"),
            NameMentions.last(MentionType.PERSON, text, "Marlow"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Texas Corp"),
            tuple(MentionType.ORGANIZATION, "Marlow Corp"),
            tuple(MentionType.ORGANIZATION, "News Corp"),
            tuple(MentionType.LOCATION, "Texas"),
            tuple(MentionType.PERSON, "Ann Marlow"),
            tuple(MentionType.PERSON, "Marlow"));
  }

  @Test
  void aWebCompanyIsItsNameWithoutItsDomain() {
    String text = "Kelsoft to buy Orvanto. Kelsoft.com Inc agreed to buy Orvanto Technologies. The deal puts Kelsoft ahead.";
    List<Mention> resolved =
        resolve(
            text,
            Set.of("The"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Kelsoft.com Inc"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Orvanto Technologies"));
    assertThat(resolved)
        .extracting(Mention::text, Mention::start)
        .containsExactly(
            tuple("Kelsoft", 0),
            tuple("Orvanto", text.indexOf("Orvanto")),
            tuple("Kelsoft.com Inc", text.indexOf("Kelsoft.com")),
            tuple("Orvanto Technologies", text.indexOf("Orvanto Technologies")),
            tuple("Kelsoft", text.lastIndexOf("Kelsoft")));
  }

  @Test
  void aPersonNamedLikeAKnownPlaceIsTheCompanyButTheUntaggedPlaceIsNotAdded() {
    String text = "Oslo Financial Group Inc grew. Analysts like Norvale and Oslo , said Ann. Oslo voted.";
    List<Mention> resolved =
        resolve(
            text,
            Set.of(),
            NameMentions.first(MentionType.ORGANIZATION, text, "Oslo Financial Group Inc"),
            NameMentions.at(MentionType.PERSON, "Oslo", text.indexOf("Oslo ,")));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "Oslo Financial Group Inc"), tuple(MentionType.ORGANIZATION, "Oslo"));
  }
}
