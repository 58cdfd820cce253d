package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.corenlp.TaggedSentences.indexOf;
import static org.newsfacts.extract.corenlp.TaggedSentences.sentence;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.extract.corenlp.AnnotatedText.Sentence;
import org.newsfacts.extract.dates.TimexValues.Timex;
import org.newsfacts.fact.MentionType;

class YearLikeNumbersTest {
  private static final String PUBLISHED = "2021-06-16";

  private static Optional<YearLikeNumbers.Reading> reread(String words, String number) {
    Sentence s = sentence(words.replaceAll("(\\S+)", "$1/NN"));
    return YearLikeNumbers.reread(number, s.tokens(), indexOf(s, number) + 1, PUBLISHED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the bank acted at 0800 GMT | 0800 | 2021-06-16T08:00Z",
        "trading opened at 0930 UTC , dealers said | 0930 | 2021-06-16T09:30Z",
        "the curfew starts at 2200 hours | 2200 | 2021-06-16T22:00",
        "the train leaves at 1915 local time | 1915 | 2021-06-16T19:15",
      })
  void aFourDigitClockTimeIsATime(String words, String number, String value) {
    assertThat(reread(words, number)).hasValueSatisfying(r -> assertThat(r.timex()).isEqualTo(new Timex(MentionType.TIME, value)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the offices at 1600 Pennsylvania Avenue | 1600",
        "a shop at 2215 N. Main St. | 2215",
        "a flat at 1410 Queen Street | 1410",
        "a forecast for 2950 , the study said | 2950",
        "a clock reading 2575 GMT | 2575",
      })
  void houseNumbersFarYearsAndImpossibleTimesAreNotDates(String words, String number) {
    assertThat(reread(words, number)).hasValueSatisfying(r -> assertThat(r.isTemporal()).isFalse());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "prices fell in 1987 , analysts said | 1987",
        "the target for 2050 is zero | 2050",
        "in 1998 Main Street was rebuilt | 1998",
        "emissions by 2100 will double | 2100",
      })
  void yearsStayYears(String words, String number) {
    assertThat(reread(words, number)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"the 1500s, 15", "1800s, 18"})
  void hundredsBefore1900AreCenturies(String text, String value) {
    Sentence s = sentence("dates/VBZ from/IN the/DT x/NNS");
    assertThat(YearLikeNumbers.reread(text, s.tokens(), 4, PUBLISHED))
        .hasValueSatisfying(r -> assertThat(r.timex()).isEqualTo(new Timex(MentionType.DATE, value)));
  }
}
