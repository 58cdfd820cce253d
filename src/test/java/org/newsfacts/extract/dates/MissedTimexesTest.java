package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.AnnotatedText.Token;

class MissedTimexesTest {
  /** A one-sentence text split on spaces, with hyphens as tokens of their own as CoreNLP does. */
  private static AnnotatedText text(String text) {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s-]+|-").matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), "NN", m.start(), m.end()));
    }
    return new AnnotatedText(text, "1989-11-02", List.of(new Sentence(0, 0, text.length(), tokens)), List.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Coast earned $10 million in the year-ago quarter . | the year-ago quarter",
        "compared with year-earlier profit of $3.8 million | year-earlier",
        "In the year-earlier period , it earned more | the year-earlier period",
        "Sales in the latest period were $1.76 billion | the latest period",
      })
  void findsComparisonPeriods(String sentence, String expected) {
    AnnotatedText annotated = text(sentence);
    List<RawMention> found = MissedTimexes.withMissed(annotated);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected);
      assertThat(m.tag()).isEqualTo("DATE");
    });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "supply should ease in the second half of the year and | the second half of the year | 1989-H2",
        "profit doubled in the first half of this year . | the first half of this year | 1989-H1",
        "earnings for the last half of 1989 and for 1990 | the last half of 1989 | 1989-H2",
        "a plant due to open in the first half of next year | the first half of next year | 1990-H1",
        "sales slumped in the latter half of last year . | the latter half of last year | 1988-H2",
        "profit fell in 2018 as sales slumped in the second half of the year | the second half of the year | 2018-H2",
      })
  void halvesOfAYearAreDatesWithTheirHalf(String sentence, String expected, String value) {
    AnnotatedText annotated = text(sentence);
    assertThat(MissedTimexes.withMissed(annotated)).singleElement().satisfies(m -> {
      assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected);
      assertThat(m.timexValue()).isEqualTo(value);
    });
  }

  @Test
  void theHalfOfAYearReplacesTheOrdinalAndTheYearTheTaggerFoundInIt() {
    String sentence = "costs fell in the second half of the year .";
    AnnotatedText plain = text(sentence);
    int second = sentence.indexOf("second");
    int year = sentence.indexOf("the year");
    AnnotatedText annotated = new AnnotatedText(sentence, "2024-01-30", plain.sentences(), List.of(
        new RawMention("ORDINAL", second, second + 6, 0, 4, 5, "2.0", null, null),
        new RawMention("DATE", year, year + 8, 0, 7, 9, null, "2024", "DATE")));
    assertThat(MissedTimexes.withMissed(annotated)).singleElement()
        .satisfies(m -> assertThat(m.timexValue()).isEqualTo("2024-H2"));
  }

  /** The text with one tagger mention over {@code written}, of the given tag and value. */
  private static AnnotatedText withMention(String sentence, String written, String tag, String value) {
    AnnotatedText plain = text(sentence);
    int begin = sentence.indexOf(written);
    List<Token> tokens = plain.sentences().get(0).tokens();
    int first = 0;
    while (tokens.get(first).begin() != begin) {
      first++;
    }
    int end = first;
    while (tokens.get(end).end() != begin + written.length()) {
      end++;
    }
    RawMention m = new RawMention(tag, begin, begin + written.length(), 0, first, end + 1, null, value, tag);
    return new AnnotatedText(sentence, plain.docDate(), plain.sentences(), List.of(m));
  }

  private static List<String> described(AnnotatedText annotated) {
    return MissedTimexes.withMissed(annotated).stream()
        .map(m -> annotated.text().substring(m.begin(), m.end()) + "|" + m.tag() + "|" + m.timexValue())
        .toList();
  }

  @Test
  void aRateFromADateIsARateAndADate() {
    assertThat(described(withMention(
            "the cuts would save 80 million euros a year from 2019 .", "a year from 2019", "DATE", "2020")))
        .containsExactly("a year|SET|P1Y", "2019|DATE|2019");
    assertThat(described(withMention(
            "residents get 200 litres a person a day from March 1 .", "a day from March 1", "DATE", "1989-03-02")))
        .containsExactly("a day|SET|P1D", "March 1|DATE|1989-03-01");
    assertThat(described(withMention("the age will rise every year from 2013", "every year from 2013", "SET", "2014")))
        .containsExactly("every year|SET|P1Y", "2013|DATE|2013");
  }

  @Test
  void aDateThenHowFarItMovedIsADateAndADuration() {
    assertThat(described(withMention(
            "it arrives on November 11 , three days later than planned", "November 11 , three days later", "DATE", "1989-11-14")))
        .containsExactly("November 11|DATE|1989-11-11", "three days|DURATION|P3D");
  }

  @Test
  void aYearFromNowIsNoRate() {
    // not split: "three years from now" is the duration (RelativeDurations)
    assertThat(described(withMention("it will open a year from now .", "a year from now", "DATE", "1990-11-02")))
        .containsExactly("a year|DURATION|P1Y");
  }

  @ParameterizedTest
  @CsvSource({"half of the year was gone", "the first half of the match", "the year earlier it rose", "a 22-year-old man", "he said that day care costs rose", "so that year-end bonuses", "a mid-size car", "the mid-1990s boom"})
  void leavesOtherWordsAlone(String sentence) {
    assertThat(MissedTimexes.withMissed(text(sentence))).isEmpty();
  }
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The plant reopened later that year . | later that year",
        "Earlier that day , the mayor resigned | Earlier that day",
        "She left that same week for Lima | that same week",
      })
  void findsDatesThatCountFromAnEarlierOne(String sentence, String expected) {
    AnnotatedText annotated = text(sentence);
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected));
  }

  @org.junit.jupiter.api.Test
  void theWholePhraseReplacesTheBareUnitTheTaggerMarked() {
    String sentence = "The plant reopened later that year .";
    AnnotatedText tagged = text(sentence);
    int year = sentence.indexOf("year");
    RawMention bare = new RawMention("DURATION", year, year + 4, 0, 5, 6, null, "P1Y", "DURATION");
    AnnotatedText annotated = new AnnotatedText(sentence, "1989-11-02", tagged.sentences(), List.of(bare));
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> assertThat(sentence.substring(m.begin(), m.end())).isEqualTo("later that year"));
  }
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Results are due in mid-November . | mid-November | 1989-11",
        "The talks stalled in late-September | late-September | 1989-09",
        "The firm was founded in early-1962 by two brothers | early-1962 | 1962",
        "the post-1945 order in Europe | post-1945 | 1945",
      })
  void findsMonthsAndYearsInOneHyphenatedWord(String sentence, String text, String value) {
    AnnotatedText annotated = text(sentence);
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(text);
          assertThat(m.timexValue()).isEqualTo(value);
        });
  }
  @org.junit.jupiter.api.Test
  void theComparisonPeriodReplacesTheQuarterTheTaggerFoundInsideIt() {
    String sentence = "It earned $2 million in the year-ago third quarter .";
    AnnotatedText tagged = text(sentence);
    int third = sentence.indexOf("third");
    RawMention quarter = new RawMention("DATE", third, third + 13, 0, 9, 11, null, "1989-Q3", "DATE");
    AnnotatedText annotated = new AnnotatedText(sentence, "1989-11-02", tagged.sentences(), List.of(quarter));
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(sentence.substring(m.begin(), m.end())).isEqualTo("the year-ago third quarter");
          assertThat(m.timexValue()).isEqualTo("1989-Q3");
        });
  }
  @org.junit.jupiter.api.Test
  void aCountedDurationReplacesTheBareUnitTheTaggerFound() {
    String sentence = "The flight took 6 1/2 hours .";
    AnnotatedText tagged = text(sentence);
    int hours = sentence.indexOf("hours");
    RawMention bare = new RawMention("DURATION", hours, hours + 5, 0, 5, 6, null, "PTXH", "DURATION");
    AnnotatedText annotated = new AnnotatedText(sentence, "1989-11-02", tagged.sentences(), List.of(bare));
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(sentence.substring(m.begin(), m.end())).isEqualTo("6 1/2 hours");
          assertThat(m.timexValue()).isEqualTo("PT6H30M");
          assertThat(m.tag()).isEqualTo("DURATION");
        });
  }
  @org.junit.jupiter.api.Test
  void aLengthGivenAsAnAdjectiveIsADuration() {
    String sentence = "They settled their decades-long dispute .";
    AnnotatedText tagged = text(sentence);
    int decades = sentence.indexOf("decades");
    RawMention bare = new RawMention("DURATION", decades, decades + 7, 0, 3, 4, null, "PXE", "DURATION");
    AnnotatedText annotated = new AnnotatedText(sentence, "1989-11-02", tagged.sentences(), List.of(bare));
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(sentence.substring(m.begin(), m.end())).isEqualTo("decades-long");
          assertThat(m.timexValue()).isEqualTo("PXY");
          assertThat(m.tag()).isEqualTo("DURATION");
        });
  }
  @org.junit.jupiter.api.Test
  void aRunThatSutimeMissedIsADate() {
    AnnotatedText annotated = text("Trading was suspended for a second consecutive day on the exchange");
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo("a second consecutive day");
          assertThat(m.tag()).isEqualTo("DATE");
        });
  }
  @org.junit.jupiter.api.Test
  void aCountedDurationAlsoReplacesTheNumberInIt() {
    String sentence = "They stay two more weeks .";
    AnnotatedText tagged = text(sentence);
    int two = sentence.indexOf("two");
    int weeks = sentence.indexOf("weeks");
    RawMention number = new RawMention("NUMBER", two, two + 3, 0, 2, 3, "2.0", null, null);
    RawMention bare = new RawMention("DURATION", weeks, weeks + 5, 0, 4, 5, null, "PXW", "DURATION");
    AnnotatedText annotated = new AnnotatedText(sentence, "1989-11-02", tagged.sentences(), List.of(number, bare));
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> assertThat(m.timexValue()).isEqualTo("P2W"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the war of 1914-18 killed millions | 1914-18",
        "mayor in 1998-2001 and again | 1998-2001",
        "the 1861–65 war | 1861–65",
      })
  void findsYearRanges(String sentence, String expected) {
    AnnotatedText annotated = new AnnotatedText(
        sentence, "2021-06-16", List.of(new Sentence(0, 0, sentence.length(), spaceTokens(sentence))), List.of());
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The chain forecast fiscal 2016 earnings of $3.40 a share | fiscal 2016 | 2016",
        "sales in fiscal 1989 rose 4% | fiscal 1989 | 1989",
        "its outlook for fiscal year 2027 was cut | fiscal year 2027 | 2027",
      })
  void aFiscalYearIsTheYearWithItsWord(String sentence, String expected, String value) {
    AnnotatedText annotated = new AnnotatedText(
        sentence, "2016-03-03", List.of(new Sentence(0, 0, sentence.length(), spaceTokens(sentence))), List.of());
    assertThat(MissedTimexes.withMissed(annotated)).singleElement().satisfies(m -> {
      assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected);
      assertThat(m.tag()).isEqualTo("DATE");
      assertThat(m.timexValue()).isEqualTo(value);
    });
  }

  @ParameterizedTest
  @CsvSource({"in fiscal 2015-16 it lost money", "a fiscal deficit of 2016 euros"})
  void leavesFiscalRangesAndOtherNumbersAlone(String sentence) {
    AnnotatedText annotated = new AnnotatedText(
        sentence, "2016-03-03", List.of(new Sentence(0, 0, sentence.length(), spaceTokens(sentence))), List.of());
    assertThat(MissedTimexes.withMissed(annotated)).noneMatch(m -> m.begin() == sentence.indexOf("fiscal"));
  }

  @ParameterizedTest
  @CsvSource({"on 2009-10-05 it rose", "scored 2018-17 there", "call 1998-99-00 now"})
  void leavesDatesAndOtherNumberRunsAlone(String sentence) {
    AnnotatedText annotated = new AnnotatedText(
        sentence, "2021-06-16", List.of(new Sentence(0, 0, sentence.length(), spaceTokens(sentence))), List.of());
    assertThat(MissedTimexes.withMissed(annotated)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Prices will stay high in the near term , analysts said | the near term | FUTURE_REF",
        "The plant is safe for the long term . | the long term | FUTURE_REF",
        "Rates may rise over the short-term , she said | the short-term | FUTURE_REF",
        "the challenges of the near term , he said | the near term | FUTURE_REF",
      })
  void findsHorizonsAhead(String sentence, String expected, String value) {
    AnnotatedText annotated = text(sentence);
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected);
          assertThat(m.timexValue()).isEqualTo(value);
        });
  }

  @ParameterizedTest
  @CsvSource({
    "The firm cut its long-term debt",
    "They worry about the long-term value of the shares",
    "in the short-term lot near the gate",
    "the long term contracts were signed",
  })
  void leavesTermAsAnAdjectiveAlone(String sentence) {
    assertThat(MissedTimexes.withMissed(text(sentence))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The shares fell for three straight days on the exchange | three straight days | DURATION | P3D",
        "Output shrank for two consecutive quarters in Japan | two consecutive quarters | DURATION | P2Q",
        "She won in 2 hours 14 minutes on a wet course | 2 hours 14 minutes | DURATION | PT2H14M",
        "He finished in 48 minutes and 3.7 seconds , a record | 48 minutes and 3.7 seconds | DURATION | PT48M3.7S",
        "The vote took an hour and a half in the end | an hour and a half | DURATION | PT1H30M",
        "The ferry takes half an hour to cross | half an hour | DURATION | PT30M",
        "The plant was idle for three and a half years after the fire | three and a half years | DURATION | P3.5Y",
        "The signal repeats every 2.5 minutes from the buoy | every 2.5 minutes | SET | PT2M30S",
        "Talks lasted a week and a half before a deal | a week and a half | DURATION | P1.5W",
      })
  void findsRunsAndLengthsInSeveralPieces(String sentence, String expected, String tag, String value) {
    AnnotatedText annotated = text(sentence);
    assertThat(MissedTimexes.withMissed(annotated))
        .singleElement()
        .satisfies(m -> {
          assertThat(annotated.text().substring(m.begin(), m.end())).isEqualTo(expected);
          assertThat(m.tag()).isEqualTo(tag);
          assertThat(m.timexValue()).isEqualTo(value);
        });
  }

  @ParameterizedTest
  @CsvSource({
    "The store is open 24 hours a day now",
    "Nurses work seven days a week there",
    "He was jailed for two years , three months later freed",
  })
  void leavesRatesListsAndOrdinalRunsAlone(String sentence) {
    assertThat(MissedTimexes.withMissed(text(sentence))).isEmpty();
  }

  private static List<Token> spaceTokens(String text) {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), "CD", m.start(), m.end()));
    }
    return tokens;
  }
}
