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
        "the ferry sails at 0645 CST daily | 0645 | 2021-06-16T06:45",
        "the quake struck at 1358 local time ( 0458 ) , police said | 0458 | 2021-06-16T04:58",
        "bids are taken between 0800 and 0830 GMT on Monday | 0800 | 2021-06-16T08:00",
        "trading will run from 1700 to 2100 hrs central time | 1700 | 2021-06-16T17:00",
        "the session moves to 0730 to 1415 from next week | 1415 | 2021-06-16T14:15",
        "the exchange will open at 1000 on the first day | 1000 | 2021-06-16T10:00",
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
        "freeCodeCamp offers 1000 + hours of courses | 1000",
        "the app supports W9 and 1099 reporting | 1099",
        "a course rated 4.8 ( 1300 ) by students | 1300",
        "futures opened firmer , dealers said . ( XYJV 1535 ) | 1535",
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
        "the abbey was founded in 1100 by monks | 1100",
        "prices rose between 1998 and 2001 in the region | 1998",
        "a ruling at 1999 levels | 1999",
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
