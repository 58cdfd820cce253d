package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadingAnchorsTest {
  private static Element first(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void anIdSpelledFromTheSectionHeadingIsAnAnchor() {
    Element section = first("<section id=\"menu-planning-starts-with-the-guests\">"
        + "<h2>Menu planning starts with the guests</h2><p>Ask every guest early.</p></section>");
    assertThat(HeadingAnchors.isAnchor(section)).isTrue();
    assertThat(BoilerplateHints.looksLikeFurniture(section)).isFalse();
  }

  @Test
  void aHeadingCarryingItsOwnSlugIsAnAnchorWhateverItsPunctuation() {
    Element heading = first("<h3 id=\"sharing-plates-or-a-served-dinner\">Sharing plates, or a served dinner?</h3>");
    assertThat(HeadingAnchors.isAnchor(heading)).isTrue();
  }

  @Test
  void aShortIdOrOneThatIsNotTheHeadingStillNamesTheBox() {
    Element menu = first("<div id=\"menu\"><h2>Menu</h2><a href=\"/\">Home</a></div>");
    Element related = first("<div id=\"related-stories-box\"><h2>More to read</h2><a href=\"/\">A</a></div>");
    assertThat(HeadingAnchors.isAnchor(menu)).isFalse();
    assertThat(HeadingAnchors.isAnchor(related)).isFalse();
    assertThat(BoilerplateHints.looksLikeFurniture(menu)).isTrue();
    assertThat(BoilerplateHints.looksLikeFurniture(related)).isTrue();
  }
}
