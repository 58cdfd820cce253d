package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.corenlp.TaggedSentences.indexOf;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.dates.TenseAwareDates.Tense;

/** The date rules added on top of the tense of the sentence. */
class TenseAwareDatesRulesTest {
  private static final Sentence SAID_ON_MONDAY = sentence("He/PRP said/VBD on/IN Monday/NNP");

  private static String resolve(String value, String text, Sentence s, String word, String published) {
    int at = indexOf(s, word);
    return TenseAwareDates.resolve(value, text, s, at, at + text.split(" ").length, published);
  }

  @ParameterizedTest(name = "\"{1}\" in an article of {2} -> {3}")
  @CsvSource({
    "1988-06, last June, 1989-11-02, 1989-06",
    "1988-11, last November, 1989-11-02, 1988-11",
    "1990-01, next January, 1989-11-02, 1990-01",
    "1989-03, next March, 1989-11-02, 1990-03",
  })
  void lastAndNextMonthCountFromThePublicationMonth(String value, String text, String published, String expected) {
    Sentence s = sentence("It/PRP happened/VBD " + text.replace(" ", "/JJ ") + "/NNP");
    String first = text.split(" ")[0];
    assertThat(resolve(value, text, s, first, published)).isEqualTo(expected);
  }

  @Test
  void partOfDayStaysWithTheResolvedDay() {
    Sentence s = sentence("Castro/NNP spoke/VBD on/IN Sunday/NNP night/NN");
    // 2000-03-28 is a Tuesday: the Sunday before is 03-26.
    assertThat(resolve("2000-04-02TNI", "Sunday", s, "Sunday", "2000-03-28")).isEqualTo("2000-03-26TNI");
  }

  @Test
  void weekdayAndDateTogetherPickTheYearWhereTheyAgree() {
    Sentence s = sentence("an/DT editorial/NN on/IN Monday/NNP ,/, Oct./NNP 26/CD said/VBD");
    // 1998-10-26 was a Monday; the past tense alone would give 1997.
    assertThat(TenseAwareDates.resolve("1997-10-26", "Monday, Oct. 26", s, 3, 7, "1998-10-25"))
        .isEqualTo("1998-10-26");
  }

  @Test
  void aDeadlineJustAfterPublicationIsNotLastYears() {
    Sentence s = sentence("the/DT offer/NN was/VBD extended/VBN to/TO Nov./NNP 16/CD");
    assertThat(TenseAwareDates.resolve("1989-11-16", "Nov. 16", s, 5, 7, "1989-10-30"))
        .isEqualTo("1989-11-16");
  }

  @Test
  void aPastMonthHalfAYearBackStaysInThePast() {
    Sentence s = sentence("In/IN January/NNP ,/, three/CD troops/NNS were/VBD killed/VBN");
    assertThat(resolve("2025-01", "January", s, "January", "2024-09-27")).isEqualTo("2024-01");
  }

  @Test
  void relativeWordsAreLeftToTheTagger() {
    Sentence s = sentence("the/DT offer/NN will/MD expire/VB yesterday/NN");
    assertThat(resolve("1989-11-01", "yesterday", s, "yesterday", "1989-11-02")).isEqualTo("1989-11-01");
  }

  @Test
  void aYearEarlierHasYearGranularity() {
    Sentence s = sentence("up/RB from/IN 4/CD pence/NNS a/DT year/NN earlier/RBR");
    assertThat(TenseAwareDates.resolve("1988-11-02", "a year earlier", s, 4, 7, "1989-11-02")).isEqualTo("1988");
  }

  @ParameterizedTest(name = "weekend {1} from {0}")
  @CsvSource({
    "1990-08-13, PAST, 1990-W32-WE",
    "1990-08-13, FUTURE, 1990-W33-WE",
    "1990-08-11, PAST, 1990-W32-WE",
    "1990-08-12, FUTURE, 1990-W32-WE",
  })
  void weekendIsTheOneBeforeOrAfterPublication(String published, Tense tense, String expected) {
    assertThat(TenseAwareDates.weekend(LocalDate.parse(published), tense)).isEqualTo(expected);
  }

  @Test
  void weekendInAPastSentenceGoesThroughResolve() {
    Sentence s = sentence("officials/NNS said/VBD over/IN the/DT weekend/NN");
    assertThat(TenseAwareDates.resolve("1990-W33-WE", "the weekend", s, 3, 5, "1990-08-13"))
        .isEqualTo("1990-W32-WE");
    assertThat(resolve("1990-08-20", "Monday", SAID_ON_MONDAY, "Monday", "1990-08-15")).isEqualTo("1990-08-13");
  }
}
