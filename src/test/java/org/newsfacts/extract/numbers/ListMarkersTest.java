package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListMarkersTest {

  // Each text has one "7"; the second column says whether it numbers a list item.
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "7. Pack light                                        | true",
        "Our picks:\\n7. Pack light                           | true",
        "Trends to watch\\n\\n7. Smaller portions             | true",
        "The end.\\n  7) Keep a copy off site                 | true",
        "Steps\\n\\n(7) File the form                         | true",
        "Profit rose by\\n7. The company said                 | false",
        "Sales rose 7. Then they fell.                        | false",
        "7.5 million people voted.                            | false",
        "7 people were hurt.                                  | false",
        "Seats:\\nRow 7. Aisle                                | false"
      })
  void aNumberFirstOnItsLineWithAStopAfterItNumbersAListItem(String written, boolean marker) {
    String text = written.strip().replace("\\n", "\n");
    int start = text.indexOf('7');
    int end = start + 1;
    while (end < text.length() && (Character.isDigit(text.charAt(end)))) {
      end++;
    }
    assertThat(ListMarkers.isMarker(text, start, end)).isEqualTo(marker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"1. | 0 | 2", "Tips\\n\\n12. Sleep | 6 | 9"})
  void theStopMayBeInsideTheMention(String written, int start, int end) {
    assertThat(ListMarkers.isMarker(written.replace("\\n", "\n"), start, end)).isTrue();
  }
}
