package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureLinesTest {
  @Test
  void aPublishersCopyrightNoticeIsNoArticleText() {
    assertThat(FurnitureLines.isCopyrightNotice("Copyright 2019 Harbour Wire Service. All rights"
        + " reserved. This material may not be published, broadcast, rewritten or redistributed."))
        .isTrue();
    assertThat(FurnitureLines.isCopyrightNotice("\u00A9 Valley Gazette Ltd 2021")).isTrue();
    assertThat(FurnitureLines.isCopyrightNotice("(c) 2017 Northern Press, all rights reserved"))
        .isTrue();
  }

  @Test
  void aSentenceAboutCopyrightIsArticleText() {
    assertThat(FurnitureLines.isCopyrightNotice("The court ruled that the copyright of the 1998"
        + " recordings had passed to the band.")).isFalse();
    assertThat(FurnitureLines.isCopyrightNotice("Copyrighted songs may be used in class under the"
        + " fair use rules of 2010.")).isFalse();
    assertThat(FurnitureLines.isCopyrightNotice("Copyright law has not kept pace with music"
        + " sampling, the panel said.")).isFalse();
  }

  @Test
  void aLongParagraphOpeningWithTheWordIsNoNotice() {
    String paragraph = "Copyright disputes over the 2004 archive dragged on for years, with the"
        + " heirs, the museum and two publishers each claiming the letters, until a settlement"
        + " in the spring gave the museum the originals and the heirs a share of every reprint"
        + " sold abroad.";
    assertThat(FurnitureLines.isCopyrightNotice(paragraph)).isFalse();
  }

  @Test
  void pageControlsAroundAnArticleAreFurniture() {
    for (String line : new String[] {"Related posts:", "Related News", "Post a comment",
        "Add your comment", "3 of 6", "Brought to you by", "Text size:", "Font:", "Show caption", "Next article",
        "Story continues below", "Printer-friendly version", "TrackBack URL for this entry:"}) {
      assertThat(FurnitureLines.matches(line, 120)).as(line).isTrue();
    }
  }

  @Test
  void sentencesThatOpenWithTheSameWordsAreText() {
    for (String line : new String[] {"Related firms were fined in 2019, the court said.",
        "3 of 6 councillors voted against the plan.", "Post a comment to the council by May.",
        "Text size matters less than contrast, the designers found.",
        "Next article in the series looks at the harbour."}) {
      assertThat(FurnitureLines.matches(line, 120)).as(line).isFalse();
    }
  }
}
