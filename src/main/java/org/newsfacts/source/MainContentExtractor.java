package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
  private static final int MAX_FURNITURE_CHARS = 120;
  /** A linked list item needs a few words of its own besides the link: "We released ...". */
  private static final double MAX_ITEM_LINK_DENSITY = 0.95;
  private static final int MIN_LINKED_ITEM_CHARS = 60;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201D')]?$");
  private static final Pattern UPDATE_STAMP =
      Pattern.compile("(?i)(last )?(updated|posted|published|modified)( on| at|:)?\\s");

  private MainContentExtractor() {}

  /**
   * What the extractor found.
   *
   * @param text the article text, paragraphs separated by a blank line; empty when none found
   * @param dateLine the date of the first dateline (dropped from the text), or {@code null}
   */
  record Extraction(String text, String dateLine) {}

  /** The article text; changes {@code page} (cleans it in place). */
  static Extraction extract(Document page) {
    PageCleaner.clean(page);
    return extractCleaned(page);
  }

  /**
   * The article text of a page cleaned of what can never be text only; changes {@code page}.
   * The fallback when {@link #extract} finds next to nothing.
   */
  static Extraction extractLeniently(Document page) {
    PageCleaner.cleanLeniently(page);
    return extractCleaned(page);
  }

  private static Extraction extractCleaned(Document page) {
    InlineRuns.wrap(page.body());
    List<Element> content = ContentScorer.mainContent(page.body());
    if (content.isEmpty()) {
      content = List.of(page.body());
    }
    content = CommentThreads.cut(page.body(), content);
    List<Block> kept = new ArrayList<>();
    String dateLine = null;
    List<Block> blocks = BlockText.blocks(content);
    boolean[] sectionHeadings = LinkedHeadings.sectionHeadings(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      // A table row that starts with a date ("1/1/2013 | +13.1%") is data, not a dateline.
      String date = block.tag().equals("tr") ? null : dateline(block.text());
      if (date != null) {
        dateLine = dateLine == null && !date.isEmpty() ? date : dateLine;
      } else if (isArticleText(block) || sectionHeadings[i]
          && !FurnitureLines.matches(block.text(), MAX_FURNITURE_CHARS)) {
        kept.add(block);
      }
    }
    return new Extraction(BlockText.join(kept), dateLine);
  }

  /**
   * The date of a dateline: a short line, no sentence, that dates or credits the article
   * ("Friday, 27 September 2024", "Posted on 4 May 2009 by Admin"). {@code ""} for an update
   * stamp without a date, {@code null} for anything else.
   */
  private static String dateline(String text) {
    boolean sentence = text.endsWith(".") && !text.matches("(?i).*\\b[ap]\\.m\\.$");
    // "— Ann Lee (@annlee) November 18, 2019" closes a quoted post: part of the quotation.
    boolean attribution = text.matches("^[-\u2013\u2014].*") || text.contains("@");
    if (text.length() > 80 || text.split("\\s+").length > 12 || sentence || attribution) {
      return null;
    }
    String date = PublishedDates.parseFullYear(text);
    if (date != null && HeadlineDates.isAmbiguous(text)) {
      // "Tucson, Arizona | Published: 01.09.2008" (9 January there): still a date line, dropped
      // from the text, but a day and month that could be either way round give no date.
      return "";
    }
    if (date == null && UPDATE_STAMP.matcher(text).lookingAt()) {
      return "";
    }
    return date;
  }

  /**
   * A paragraph of sentences whose phrases link out (deal roundups, link-rich blogs), or a list
   * item that is a sentence whose subject is the link ("We released the <a>AWS SDK for PHP</a>.",
   * a week's news as a list of linked announcements). A menu entry or a related story's title is
   * no sentence: it does not end like one.
   */
  private static boolean isLinkedProse(Block block) {
    String text = block.text();
    if (!SENTENCE_END.matcher(text).find()) {
      return false;
    }
    return switch (block.tag()) {
      case "p" -> text.length() >= 100 && block.linkDensity() < MAX_PROSE_LINK_DENSITY;
      case "li" -> text.length() >= MIN_LINKED_ITEM_CHARS && block.linkDensity() < MAX_ITEM_LINK_DENSITY;
      default -> false;
    };
  }

  private static boolean isArticleText(Block block) {
    if (block.tag().equals("h1")) {
      return false; // the headline is the title, kept apart from the text
    }
    if (block.linkDensity() > MAX_LINK_DENSITY && !isLinkedProse(block)) {
      return false;
    }
    return !FurnitureLines.matches(block.text(), MAX_FURNITURE_CHARS)
        && !FurnitureLines.isCopyrightNotice(block.text());
  }
}
