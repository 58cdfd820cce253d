package org.newsfacts.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class TimexMergerTest {
  private static Mention mention(MentionType type, String text, String whole, String value) {
    int start = whole.indexOf(text);
    return new Mention(type, start, start + text.length(), text, value, null, null, null, null, 0);
  }

  @Test
  void aTimeAndTheDayAfterItAreOneTime() {
    String text = "given them until 9 a.m. Tuesday to sign";
    List<Mention> merged =
        TimexMerger.merge(
            List.of(
                mention(MentionType.TIME, "9 a.m.", text, "2000-04-04T09:00"),
                mention(MentionType.DATE, "Tuesday", text, "2000-04-04")),
            text);
    assertThat(merged).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("9 a.m. Tuesday");
      assertThat(m.value()).isEqualTo("2000-04-04T09:00");
      assertThat(m.type()).isEqualTo(MentionType.TIME);
    });
  }

  @Test
  void aTimeAndADayFarApartStayTwo() {
    String text = "at 9 a.m. the troops left on Tuesday";
    List<Mention> mentions =
        List.of(
            mention(MentionType.TIME, "9 a.m.", text, "2000-04-04T09:00"),
            mention(MentionType.DATE, "Tuesday", text, "2000-04-04"));
    assertThat(TimexMerger.merge(mentions, text)).isEqualTo(mentions);
  }
}
