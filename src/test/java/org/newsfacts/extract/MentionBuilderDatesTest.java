package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/** Dates through {@link MentionBuilder}, on hand-built tagger output. */
class MentionBuilderDatesTest {

  /** One sentence per line of "word/TAG" pairs; dates are the given spans of token indices. */
  private static AnnotatedText article(String published, List<String> lines, List<RawMentionSpec> dates) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String line : lines) {
      List<Token> tokens = new ArrayList<>();
      int begin = text.length();
      for (String pair : line.split(" ")) {
        int slash = pair.lastIndexOf('/');
        String word = pair.substring(0, slash);
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        tokens.add(new Token(word, pair.substring(slash + 1), text.length(), text.length() + word.length()));
        text.append(word);
      }
      sentences.add(new Sentence(sentences.size(), begin, text.length(), tokens));
      text.append('\n');
    }
    List<RawMention> mentions = new ArrayList<>();
    for (RawMentionSpec d : dates) {
      List<Token> tokens = sentences.get(d.sentence()).tokens();
      mentions.add(
          new RawMention(
              d.type(),
              tokens.get(d.first()).begin(),
              tokens.get(d.end() - 1).end(),
              d.sentence(),
              d.first(),
              d.end(),
              null,
              d.value(),
              d.type()));
    }
    return new AnnotatedText(text.toString(), published, sentences, mentions);
  }

  private record RawMentionSpec(String type, int sentence, int first, int end, String value) {}

  private static final AnnotatedText EARNINGS =
      article(
          "1989-11-02",
          List.of(
              "Net/NN fell/VBD in/IN the/DT third/JJ quarter/NN ./.",
              "It/PRP earned/VBD $/$ 5/CD million/CD a/DT year/NN ago/RB ./."),
          List.of(
              new RawMentionSpec("DATE", 0, 3, 6, "1990-Q3"),
              new RawMentionSpec("DATE", 1, 5, 8, "1988-11-02")));

  private static final AnnotatedText NEWS =
      article(
          "1989-11-02",
          List.of(
              "The/DT plant/NN closed/VBD a/DT year/NN ago/RB ./.",
              "A/DT once/RB busy/JJ town/NN is/VBZ quiet/JJ ./."),
          List.of(
              new RawMentionSpec("DATE", 0, 3, 6, "1988-11-02"),
              new RawMentionSpec("DATE", 1, 1, 2, "PAST_REF")));

  @Test
  void earningsReportComparesQuarters() {
    assertThat(MentionBuilder.build(EARNINGS))
        .extracting(Mention::type, Mention::text, Mention::value)
        .containsExactly(
            tuple(MentionType.DATE, "the third quarter", "1989-Q3"),
            tuple(MentionType.DATE, "a year ago", "1988-Q3"));
  }

  @Test
  void wordsThatAreNotTimexesLeaveAndAYearAgoAloneIsTheMonthAYearBack() {
    assertThat(MentionBuilder.build(NEWS))
        .extracting(Mention::text, Mention::value)
        .containsExactly(tuple("a year ago", "1988-11"));
  }

  @Test
  void anArticleGivesTheSameDatesAloneOrAfterAnother() {
    List<Mention> alone = MentionBuilder.build(NEWS);
    MentionBuilder.build(EARNINGS); // its quarter must not anchor the next article's "a year ago"
    assertThat(MentionBuilder.build(NEWS)).isEqualTo(alone);
  }
}
