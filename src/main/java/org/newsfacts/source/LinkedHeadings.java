package org.newsfacts.source;

import java.util.List;
import org.newsfacts.source.BlockText.Block;

/**
 * Section headings that are links. A listicle links each item's heading to what it names ("1.
 * Harvard Business School"), and a page with a table of contents makes each heading an anchor;
 * by link density such a heading reads like a menu entry and would be dropped, leaving the
 * article's sections without their titles. A linked heading that introduces a paragraph of prose
 * is the article's own when the article has at least two of them: menus and link rails are
 * followed by more links, not by sentences, and a single one is more often a teaser of another
 * story set into the text ("China completes landing test ..." between two paragraphs). A teaser's
 * summary links again to where its heading points ("... Read"): that heading is no section's.
 */
final class LinkedHeadings {
  private static final int MIN_PROSE_CHARS = 80;
  private static final double MAX_PROSE_LINK_DENSITY = 0.25;
  private static final int MIN_HEADINGS = 2;

  private LinkedHeadings() {}

  /** The positions in {@code blocks} of the linked section headings to keep. */
  static boolean[] sectionHeadings(List<Block> blocks) {
    boolean[] keep = new boolean[blocks.size()];
    int found = 0;
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (introducesProse(blocks.get(i), blocks.get(i + 1))) {
        keep[i] = true;
        found++;
      }
    }
    return found >= MIN_HEADINGS ? keep : new boolean[blocks.size()];
  }

  private static boolean introducesProse(Block block, Block next) {
    return block.tag().matches("h[2-6]") && block.linkDensity() > 0
        && next.text().length() >= MIN_PROSE_CHARS && next.linkDensity() < MAX_PROSE_LINK_DENSITY
        && next.targets().stream().noneMatch(block.targets()::contains);
  }
}
