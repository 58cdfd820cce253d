package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/** The second day of a range written with its month once. */
class DayRangesTest {
  private static Mention mention(String text, MentionType type, String part, Object value) {
    int start = text.indexOf(part);
    return new Mention(type, start, start + part.length(), part, value, null, null, null, null, 0);
  }

  private static List<String> datesAfterSplit(String text, Mention... in) {
    return dates(DayRanges.split(List.of(in), text));
  }

  private static List<String> dates(List<Mention> mentions) {
    List<String> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.DATE) {
        out.add(m.text() + "=" + m.value());
      }
    }
    return out;
  }

  @Test
  void aBareDayAfterAndIsADayOfTheSameMonth() {
    String text = "Leaders meet at the summit on April 24 and 25 in Lisbon.";
    List<Mention> in =
        List.of(
            mention(text, MentionType.DATE, "April 24", "2031-04-24"),
            mention(text, MentionType.NUMBER, "25", 25));
    List<Mention> out = DayRanges.split(in, text);
    assertThat(dates(out)).containsExactly("April 24=2031-04-24", "25=2031-04-25");
    assertThat(out).noneMatch(m -> m.type() == MentionType.NUMBER);
  }

  @Test
  void aRangeInOneWordAfterTheMonthIsTwoDays() {
    String text = "The ministers will hold talks in Oslo from Sept. 26-28.";
    assertThat(
            datesAfterSplit(
                text, mention(text, MentionType.DATE, "Sept.", "2031-09"), mention(text, MentionType.NUMBER, "26-28", 26)))
        .containsExactly("Sept. 26=2031-09-26", "28=2031-09-28");
  }

  @Test
  void aNumberThatMeasuresIsNoDay() {
    String text = "Prices rose on May 5 and 6 percent more the next week; on June 3 and 4 p.m. crowds came.";
    assertThat(
            datesAfterSplit(
                text, mention(text, MentionType.DATE, "May 5", "2031-05-05"), mention(text, MentionType.DATE, "June 3", "2031-06-03")))
        .containsExactly("May 5=2031-05-05", "June 3=2031-06-03");
  }

  @Test
  void aSmallerSecondNumberIsNoRange() {
    String text = "The vote on March 12 and 4 other motions was delayed.";
    assertThat(datesAfterSplit(text, mention(text, MentionType.DATE, "March 12", "2031-03-12")))
        .containsExactly("March 12=2031-03-12");
  }
}
