package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfacts.source.BlockText.Block;

/**
 * The article body of a web page, without menus, ads, share bars, related links, comments or
 * footers: clean the page, pick the content element by scoring, render it as paragraphs, then
 * drop paragraphs that are mostly links or read like page furniture.
 */
final class MainContentExtractor {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_PROSE_LINK_DENSITY = 0.8;
  private MainContentExtractor() {}

  /**
   * What the extractor found.
   *
   * @param text the article text, paragraphs separated by a blank line; empty when none found
   * @param dateLine the date of a paragraph that held only a date (dropped from the text), or
   *     {@code null}
   */
  record Extraction(String text, String dateLine) {}

  /** The article text; changes {@code page} (cleans it in place). */
  static Extraction extract(Document page) {
    PageCleaner.clean(page);
    List<Element> content = ContentScorer.mainContent(page.body());
    if (content.isEmpty()) {
      content = List.of(page.body());
    }
    List<Block> kept = new ArrayList<>();
    String dateLine = null;
    for (Block block : BlockText.blocks(content)) {
      String date = onlyDate(block.text());
      if (date != null) {
        dateLine = dateLine == null ? date : dateLine;
      } else if (isArticleText(block)) {
        kept.add(block);
      }
    }
    return new Extraction(BlockText.join(kept), dateLine);
  }

  /** The date of a short paragraph that is nothing but a date (with weekday or time). */
  private static String onlyDate(String text) {
    if (text.length() > 40 || text.split("\\s+").length > 7) {
      return null;
    }
    return PublishedDates.parse(text);
  }

  /** A paragraph of sentences whose phrases link out (deal roundups, link-rich blogs). */
  private static boolean isLinkedProse(Block block) {
    String text = block.text();
    return block.tag().equals("p") && text.length() >= 100
        && block.linkDensity() < MAX_PROSE_LINK_DENSITY && text.matches("(?s).*[.!?][\"\u201D')]?$");
  }

  private static boolean isArticleText(Block block) {
    if (block.tag().equals("h1")) {
      return false; // the headline is the title, kept apart from the text
    }
    if (block.linkDensity() > MAX_LINK_DENSITY && !isLinkedProse(block)) {
      return false;
    }
    return !FurnitureLines.matches(block.text(), 120);
  }
}
