package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.TimeTriggers.Window;

class TimeTriggersTest {
  private static boolean trigger(String word) {
    return TimeTriggers.isTrigger(word, "NN");
  }

  @Test
  void monthsWeekdaysUnitsAndRelativeWordsAreTriggers() {
    assertThat(List.of("January", "Sept.", "Tuesdays", "years", "decade's", "centuries", "ago", "now", "tonight"))
        .allMatch(TimeTriggersTest::trigger);
  }

  @Test
  void partsOfHyphenatedWordsCount() {
    assertThat(List.of("three-year", "mid-March", "week-long", "year-ago", "x-mas")).allMatch(TimeTriggersTest::trigger);
  }

  @Test
  void yearsDatesClockTimesAndOrdinalsAreTriggers() {
    assertThat(List.of("1987", "0800", "1980s", "'87", "10/20/87", "1987/88/12", "10-20-87", "20.10.87", "10:30", "10h30", "20th", "Q1", "5pm"))
        .allMatch(TimeTriggersTest::trigger);
  }

  @Test
  void plainAmountsAreNotTriggers() {
    assertThat(List.of("2.5", "15-20", "6-1/2", "150,000", "12345", "5000", "3", "mln", "dlrs", "pct", "troops"))
        .noneMatch(TimeTriggersTest::trigger);
  }

  @Test
  void ambiguousWordsCountOnlyAsNounsOrCapitalised() {
    assertThat(TimeTriggers.isTrigger("May", "NNP")).isTrue();
    assertThat(TimeTriggers.isTrigger("May", "MD")).isTrue(); // "May 22", tagged as the verb
    assertThat(TimeTriggers.isTrigger("may", "MD")).isFalse();
    assertThat(TimeTriggers.isTrigger("second", "JJ")).isFalse();
    assertThat(TimeTriggers.isTrigger("fall", "VB")).isFalse();
    assertThat(TimeTriggers.isTrigger("fall", "NN")).isTrue();
  }

  @Test
  void sentenceWithoutTriggerHasNoWindow() {
    List<String> words = List.of("The", "company", "earned", "2.5", "mln", "dlrs", ".");
    assertThat(TimeTriggers.windows(words, tags(words.size()), 8)).isEmpty();
  }

  @Test
  void windowSurroundsTheTriggerAndStopsAtTheSentenceEdges() {
    List<String> words = List.of("Profit", "rose", "in", "March", "to", "2.5", "mln", "dlrs", ",", "it", "said");
    assertThat(TimeTriggers.windows(words, tags(words.size()), 2)).containsExactly(new Window(1, 6));
    assertThat(TimeTriggers.windows(words, tags(words.size()), 20)).containsExactly(new Window(0, 11));
  }

  @Test
  void closeTriggersShareOneWindowAndFarOnesDoNot() {
    List<String> words = new ArrayList<>(Collections.nCopies(30, "x"));
    words.set(3, "Monday");
    words.set(6, "1987");
    words.set(25, "ago");
    assertThat(TimeTriggers.windows(words, tags(words.size()), 2))
        .containsExactly(new Window(1, 9), new Window(23, 28));
  }

  @Property
  void windowsAreOrderedDisjointAndCoverEveryTrigger(
      @ForAll @Size(max = 60) List<@net.jqwik.api.constraints.StringLength(max = 12) String> words,
      @ForAll @IntRange(min = 0, max = 10) int radius) {
    List<Window> windows = TimeTriggers.windows(words, tags(words.size()), radius);
    int previousEnd = -1;
    for (Window window : windows) {
      assertThat(window.start()).isGreaterThan(previousEnd).isGreaterThanOrEqualTo(0);
      assertThat(window.end()).isGreaterThan(window.start()).isLessThanOrEqualTo(words.size());
      previousEnd = window.end();
    }
    for (int i = 0; i < words.size(); i++) {
      if (TimeTriggers.isTrigger(words.get(i), "NN")) {
        int at = i;
        assertThat(windows)
            .anyMatch(w -> w.start() <= Math.max(0, at - radius) && Math.min(words.size(), at + radius + 1) <= w.end());
      }
    }
    assertThat(windows.isEmpty()).isEqualTo(words.stream().noneMatch(w -> TimeTriggers.isTrigger(w, "NN")));
  }

  private static List<String> tags(int n) {
    return Collections.nCopies(n, "NN");
  }
}
