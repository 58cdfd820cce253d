package org.newsfacts.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

  @Test
  void hardWrappedProseIsJoinedButHeadlineAndDatelineKeepTheirBreaks() {
    String text =
        "COCOA REVIEW\n"
            + "SALVADOR, Feb 26 -\n"
            + "\n"
            + "Showers continued throughout the week in\n"
            + "the Bahia cocoa zone, alleviating the drought since early\n"
            + "January and improving prospects for the coming harvest,\n"
            + "the company said in its weekly review.\n";
    String unwrapped = LineBreaks.unwrapped(text);
    assertThat(unwrapped)
        .startsWith("COCOA REVIEW\nSALVADOR, Feb 26 -\n\n")
        .contains("week in the Bahia cocoa zone, alleviating the drought since early January and")
        .contains("harvest, the company");
  }

  @Test
  void oneSentencePerLineIsLeftAlone() {
    String text = "Japan beat Syria 2-1 .\nThe match was played in Al Ain .\nIt was Friday .\n";
    assertThat(LineBreaks.unwrapped(text)).isEqualTo(text);
  }

  @Property
  void lengthAndEveryCharacterButNewlinesAreKept(@ForAll String text) {
    String unwrapped = LineBreaks.unwrapped(text);
    assertThat(unwrapped).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      if (unwrapped.charAt(i) != text.charAt(i)) {
        assertThat(text.charAt(i)).isEqualTo('\n');
        assertThat(unwrapped.charAt(i)).isEqualTo(' ');
      }
    }
  }
}
