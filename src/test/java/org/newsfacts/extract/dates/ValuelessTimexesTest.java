package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText.RawMention;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.corenlp.TaggedSentences;

class ValuelessTimexesTest {
  private static final String PUBLISHED = "2021-06-16";

  /** The sentence with the tagger's one mention over {@code tagged} words, reshaped. */
  private static List<RawMention> reshape(String sentence, String tagged, String tag, String value) {
    Sentence s = TaggedSentences.sentence(sentence.replaceAll("(\\S+)", "$1/NN"));
    int begin = sentence.indexOf(tagged);
    int first = sentence.substring(0, begin).split(" ", -1).length - 1;
    int end = first + tagged.split(" ").length;
    RawMention m = new RawMention(tag, begin, begin + tagged.length(), 0, first, end, null, value, tag);
    return ValuelessTimexes.reshape(List.of(m), List.of(s), sentence, PUBLISHED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The mill lost money in the final quarter of 2019 . | the final quarter of 2019 | DATE | the final quarter of 2019 | 2019-Q4",
        "Orders grew in the first half of 2020 . | the first half of 2020 | DATE | the first half of 2020 | 2020-H1",
        "It sold 40 ships in the first eight months of the year . | the first eight months of the year | DATE | the first eight months | P8M",
        "Repairs will take two to four weeks . | two to four weeks | DURATION | two to four weeks | P2W",
        "The ferry runs again in 3 or 4 days . | 3 or 4 days | DURATION | 3 or 4 days | P3D",
        "The board moved its year end to a calendar year in October . | year in October | DATE | October | 2021-10",
        "The farm had a poor harvest year this year . | year this year | DATE | this year | 2021",
        "The ship was last seen Feb. 9 , the day before the storm . | Feb. 9 , the day before | DATE | Feb. 9 | 2021-02-09",
      })
  void aValuelessExpressionBecomesItsPartWithAValue(
      String sentence, String tagged, String tag, String part, String value) {
    assertThat(reshape(sentence, tagged, tag, "")).singleElement().satisfies(m -> {
      assertThat(sentence.substring(m.begin(), m.end())).isEqualTo(part);
      assertThat(m.timexValue()).isEqualTo(value);
    });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The union held talks every week since January . | every week since January | SET | every week=P1W ; January=2021-01",
        "Shares fell after the company , founded in 1998 , last week named a chief . | 1998 , last week | DATE | 1998=1998 ; last week=2021-W23",
        "It reports on the quarter that ended on Dec. 31 next Tuesday . | Dec. 31 next Tuesday | DATE | Dec. 31=2021-12-31 ; next Tuesday=2021-06-22",
        "She trained for eight weeks this spring . | eight weeks this spring | DATE | eight weeks=P8W ; this spring=2021-SP",
        "He was out for nearly two months four years ago . | nearly two months four years ago | DATE | nearly two months=P2M ; four years ago=2017",
        "Meetings are held every Monday this month . | every Monday this month | SET | every Monday=XXXX-WXX-1 ; this month=2021-06",
        "Ports handled ships every day in the past month . | every day in the past month | SET | every day=P1D",
        "Rivers rose to their highest level in 14 years overnight . | 14 years overnight | DATE | 14 years=P14Y ; overnight=2021-06-15TNI",
        "Output will grow through at least the first two quarters of 1990 . | at least the first two quarters of 1990 | DATE | the first two quarters of 1990=1990-H1",
      })
  void twoExpressionsGluedIntoOneAreBoth(String sentence, String tagged, String tag, String expected) {
    List<String> parts =
        reshape(sentence, tagged, tag, "").stream()
            .map(m -> sentence.substring(m.begin(), m.end()) + "=" + m.timexValue())
            .toList();
    assertThat(String.join(" ; ", parts)).isEqualTo(expected);
  }

  @Test
  void aMentionWithAValueIsLeftAlone() {
    String sentence = "Orders grew in the first half of 2020 .";
    RawMention before = reshape(sentence, "2020", "DATE", "2020").get(0);
    assertThat(sentence.substring(before.begin(), before.end())).isEqualTo("2020");
    assertThat(before.timexValue()).isEqualTo("2020");
  }

  @Test
  void aDateThatAPhraseWithOfTakesAPartOfStaysWhole() {
    List<RawMention> out = reshape("The hearing is set for the week of March 8 .", "the week of March 8", "DATE", "");
    assertThat(out).singleElement().satisfies(m -> assertThat(m.timexValue()).isEmpty());
  }

  @Test
  void aLowerCaseMayIsTheVerbNotTheMonth() {
    List<RawMention> out = reshape("the next year may be hard", "year may", "DATE", "");
    assertThat(out).singleElement().satisfies(m -> assertThat(m.timexValue()).isEmpty());
  }
}
