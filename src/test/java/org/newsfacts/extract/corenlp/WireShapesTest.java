package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireShapesTest {
  private static List<String> words(String sentence) {
    return List.of(sentence.split(" "));
  }

  @Test
  void capitalisedHeadlineIsWireShaped() {
    assertThat(WireShapes.headlineOrTableRow(words("TENNIS - SELES BEATS GRAF IN BERLIN FINAL ."))).isTrue();
    assertThat(WireShapes.headlineOrTableRow(words("U.S. TROOPS TO LEAVE BY 2026"))).isTrue();
  }

  @Test
  void resultsAndStandingsRowsAreWireShaped() {
    assertThat(WireShapes.headlineOrTableRow(words("Leeds 3 Rovers 1"))).isTrue();
    assertThat(WireShapes.headlineOrTableRow(words("Hamilton 12 7 3 2 21 11 24"))).isTrue();
  }

  @Test
  void proseIsNot() {
    assertThat(WireShapes.headlineOrTableRow(words("Leeds beat Rovers 3-1 on Saturday ."))).isFalse();
    assertThat(WireShapes.headlineOrTableRow(words("The Prime Minister said 2,500 troops would stay ."))).isFalse();
  }

  @Test
  void namesWithFewFiguresAreNotATable() {
    assertThat(WireShapes.headlineOrTableRow(words("Sixteenth Air Force , 8 April 1957 ; Twelfth Air Force"))).isFalse();
  }

  @Test
  void lineWithoutLettersIsNotAHeadline() {
    assertThat(WireShapes.allCapitals(words("1996-08-30 --"))).isFalse();
    assertThat(WireShapes.headlineOrTableRow(List.of())).isFalse();
  }
}
