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
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)^[-\\s]*(advertisement|advertisements|ad|sponsored( content)?|share( this)?( article|"
              + " story)?|read more|related( articles| stories| content)?|more from .{0,60}|"
              + "follow us.*|sign up.*|subscribe.*|click here.*|skip to.*|trending.*|"
              + "(image|photo|picture)( source| credit)?:.*|copyright.*|©.*|all rights reserved.*"
              + "|recommended( for you)?|most (read|popular)|comments?|leave a (comment|reply))"
              + "[-\\s.:]*$");

  private MainContentExtractor() {}

  /** The article text; changes {@code page} (cleans it in place). Empty when none is found. */
  static String extract(Document page) {
    PageCleaner.clean(page);
    List<Element> content = ContentScorer.mainContent(page.body());
    if (content.isEmpty()) {
      content = List.of(page.body());
    }
    return BlockText.join(keep(BlockText.blocks(content)));
  }

  private static List<Block> keep(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (Block block : blocks) {
      if (block.tag().equals("h1")) {
        continue; // the headline is the title, kept apart from the text
      }
      if (block.linkDensity() > MAX_LINK_DENSITY) {
        continue;
      }
      if (block.text().length() < 120 && FURNITURE_LINE.matcher(block.text()).matches()) {
        continue;
      }
      kept.add(block);
    }
    return kept;
  }
}
