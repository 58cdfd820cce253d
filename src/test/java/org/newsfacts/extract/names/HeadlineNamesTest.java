package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsfacts.extract.names.SpacedLines.in;
import static org.newsfacts.extract.names.SpacedLines.lines;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class HeadlineNamesTest {
  @Test
  void aHeadlineInCapitalsNamesWhatTheStoryNames() {
    String text = "VARLO AND TESSEN MERGE , KOBB BARRED\nVarlo Group agreed to buy Tessen .\nJudge Ann Kobb was barred .";
    List<Mention> tagged =
        List.of(
            in(1, MentionType.ORGANIZATION, text, "Varlo Group"),
            in(1, MentionType.ORGANIZATION, text, "Tessen"),
            in(2, MentionType.PERSON, text, "Ann Kobb"));
    // "VARLO" alone is no name the story gives: it names "Varlo Group" only.
    assertThat(HeadlineNames.resolve(tagged, lines(text)))
        .extracting(Mention::type, Mention::text, Mention::sentence)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "TESSEN", 0),
            tuple(MentionType.PERSON, "KOBB", 0),
            tuple(MentionType.ORGANIZATION, "Varlo Group", 1),
            tuple(MentionType.ORGANIZATION, "Tessen", 1),
            tuple(MentionType.PERSON, "Ann Kobb", 2));
  }

  @Test
  void aPlaceInAnEventsNameOrSplitOffAWordIsLeftAlone() {
    // "GOLF-ORLEN" as the tokenizer splits it: "GOLF", "-", "ORLEN".
    String text = "TOUR OF ORLEN , ORLEN OPEN , GOLF-ORLEN\nThe players flew to Orlen .";
    Sentence headline = splitAtHyphen(lines(text.replace("GOLF-ORLEN", "GOLF - ORLEN")).sentences().get(0));
    AnnotatedText annotated = new AnnotatedText(text, null, List.of(headline, lines(text).sentences().get(1)), List.of());
    int place = text.lastIndexOf("Orlen");
    List<Mention> tagged = List.of(new Mention(MentionType.LOCATION, place, place + 5, "Orlen", null, null, null, null, null, 1));
    assertThat(HeadlineNames.resolve(tagged, annotated)).isEqualTo(tagged);
  }

  @Test
  void aHeadlineNameReadWithTheWrongExtentTakesTheStorysName() {
    String text = "KOBBEL BUYS VARLO EQUIPMENT , TO UNDO TESSEN DEAL\nKobbel Inc. agreed to buy Varlo Equipment Corp. and to sell Tessen .";
    List<Mention> tagged =
        List.of(
            in(0, MentionType.ORGANIZATION, text, "KOBBEL"),
            in(0, MentionType.ORGANIZATION, text, "VARLO"),
            in(0, MentionType.LOCATION, text, "UNDO TESSEN"),
            in(1, MentionType.ORGANIZATION, text, "Kobbel Inc."),
            in(1, MentionType.ORGANIZATION, text, "Varlo Equipment Corp."),
            in(1, MentionType.ORGANIZATION, text, "Tessen"));
    // "VARLO" grows to the company the story names without its legal form; "UNDO" names nothing.
    assertThat(HeadlineNames.reshaped(tagged, lines(text)))
        .extracting(Mention::type, Mention::text)
        .startsWith(
            tuple(MentionType.ORGANIZATION, "KOBBEL"),
            tuple(MentionType.ORGANIZATION, "VARLO EQUIPMENT"),
            tuple(MentionType.ORGANIZATION, "TESSEN"));
  }

  @Test
  void aHeadlineNameKeepsWordsTheStoryWritesWithACapital() {
    // "ORLEN METS": the story names the city and the club apart, and "Mets" with a capital.
    String text = "ORLEN METS WIN , VARLO GAINS\nThe Mets won in Orlen .\nVarlo rose and gains were broad .";
    List<Mention> tagged =
        List.of(
            in(0, MentionType.ORGANIZATION, text, "ORLEN METS"),
            in(0, MentionType.ORGANIZATION, text, "VARLO GAINS"),
            in(1, MentionType.LOCATION, text, "Orlen"),
            in(2, MentionType.ORGANIZATION, text, "Varlo"));
    // "GAINS" is a word the story writes in lower case: the headline's "VARLO" is the company.
    assertThat(HeadlineNames.reshaped(tagged, lines(text)))
        .extracting(Mention::type, Mention::text)
        .startsWith(tuple(MentionType.ORGANIZATION, "ORLEN METS"), tuple(MentionType.ORGANIZATION, "VARLO"));
  }

  /** The sentence as if "GOLF - ORLEN" had been written "GOLF-ORLEN": the offsets after it close up. */
  private static Sentence splitAtHyphen(Sentence sentence) {
    List<Token> tokens = new ArrayList<>();
    int shift = 0;
    for (Token t : sentence.tokens()) {
      if (t.word().equals("-")) {
        tokens.add(new Token("-", ":", t.begin() - 1, t.end() - 1));
        shift = 2;
        continue;
      }
      tokens.add(new Token(t.word(), t.tag(), t.begin() - shift, t.end() - shift));
    }
    return new Sentence(sentence.index(), sentence.begin(), sentence.end() - 2, tokens);
  }
}
