package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.TaggedSentences;

class RelativeDurationsTest {
  private static final String PUBLISHED = "2021-06-16"; // a Wednesday

  /** The sentence with the tagger's one DATE mention over {@code tagged} words, reshaped. */
  private static List<RawMention> reshape(String sentence, String tagged, String value) {
    Sentence s = TaggedSentences.sentence(
        sentence.replaceAll("(\\S+)", "$1/NN").replaceAll("(\\d[\\d.,]*)/NN", "$1/CD"));
    int begin = sentence.indexOf(tagged);
    int first = sentence.substring(0, begin).split(" ", -1).length - 1;
    int end = first + tagged.split(" ").length;
    RawMention m = new RawMention("DATE", begin, begin + tagged.length(), 0, first, end, null, value, "DATE");
    return RelativeDurations.reshape(List.of(m), List.of(s), sentence, PUBLISHED);
  }

  private static String text(String sentence, RawMention m) {
    return sentence.substring(m.begin(), m.end());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Three days later , the firm collapsed | Three days later | Three days | P3D",
        "the plant will reopen three years from now | three years from now | three years | P3Y",
        "he returned a few days later | a few days later | a few days | PXD",
        "the talks ended an hour later | an hour later | an hour | PT1H",
        "it broke down 20 minutes later | 20 minutes later | 20 minutes | PT20M",
        "two decades later it was rebuilt | two decades later | two decades | P20Y",
        "the vote came two more weeks later | two more weeks later | two more weeks | P2W",
        "More than 20 years later , the surgery is common | More than 20 years later | 20 years | P20Y",
        "the comet returned about two weeks later | about two weeks later | two weeks | P2W",
        "Two days earlier , the storm had hit Cuba | Two days earlier | Two days | P2D",
        "A day earlier , trucks crossed the border | A day earlier | A day | P1D",
        "the pilot had called three hours earlier | three hours earlier | three hours | PT3H",
      })
  void aDurationBeforeLaterIsTheDurationNotAShiftedDate(String sentence, String tagged, String duration, String value) {
    String sutime = "2021-06-19"; // SUTime's date, counted from publication
    List<RawMention> out = reshape(sentence, tagged, sutime);
    assertThat(out).singleElement().satisfies(m -> {
      assertThat(text(sentence, m)).isEqualTo(duration);
      assertThat(m.tag()).isEqualTo("DURATION");
      assertThat(m.timexValue()).isEqualTo(value);
    });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sales were a year earlier | a year earlier",
        "profit rose from a month earlier | a month earlier",
        "borrowings rose from 148 mln a week earlier | a week earlier",
        "it rose two days before | two days before",
        "he came back later | later",
        "the years later proved hard | the years later",
      })
  void otherRelativeDatesStayAsTheTaggerGaveThem(String sentence, String tagged) {
    List<RawMention> out = reshape(sentence, tagged, "2020-06-16");
    assertThat(out).singleElement().satisfies(m -> assertThat(text(sentence, m)).isEqualTo(tagged));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the index closed at its lowest level in six years on Thursday | six years on Thursday | six years | P6Y | Thursday | 2021-06-17",
        "the pilot testified for more than two hours Tuesday | more than two hours Tuesday | more than two hours | PT2H | Tuesday | 2021-06-22",
      })
  void aStretchGluedToADayIsADurationAndADay(
      String sentence, String tagged, String duration, String durationValue, String day, String dayValue) {
    List<RawMention> out = reshape(sentence, tagged, null);
    assertThat(out)
        .extracting(m -> text(sentence, m), RawMention::tag, RawMention::timexValue)
        .containsExactly(tuple(duration, "DURATION", durationValue), tuple(day, "DATE", dayValue));
  }

  @org.junit.jupiter.api.Test
  void aBareUnitGluedToYesterdayLeavesOnlyTheDay() {
    String sentence = "markets saw a turbulent day yesterday";
    List<RawMention> out = reshape(sentence, "day yesterday", null);
    assertThat(out)
        .extracting(m -> text(sentence, m), RawMention::tag, RawMention::timexValue)
        .containsExactly(tuple("yesterday", "DATE", "2021-06-15"));
  }
}
