package org.newsfacts.source;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A check on the chosen content: it should hold most of the page's prose. Page builders that put
 * every paragraph in a widget of its own, and listicles that give each item a section, spread one
 * article over many small containers, none of which scores far above the others; the scorer then
 * picks one of them and the article comes out as a fragment. When the choice holds less than a third
 * of the prose, the content becomes the smallest element holding most of it.
 */
final class ProseCoverage {
  private static final int MIN_PROSE_CHARS = 80;
  private static final double MAX_PROSE_LINK_DENSITY = 0.25;
  /** Below this much prose a page has no article worth a second look. */
  private static final int MIN_PAGE_PROSE = 1500;
  private static final double MIN_COVERED = 1.0 / 3;
  private static final double WIDER_HOLDS = 0.8;
  private static final double MAX_WIDER_LINK_DENSITY = 0.35;

  private ProseCoverage() {}

  /** {@code content}, or the element that holds most of the page's prose when it holds little. */
  static List<Element> check(Element body, List<Element> content) {
    Map<Element, Integer> proseUnder = new IdentityHashMap<>();
    int total = 0;
    for (Element block : body.select(CssQueries.of("p, li"))) {
      int chars = proseChars(block);
      if (chars == 0) {
        continue;
      }
      total += chars;
      for (Element e = block; e != null; e = e.parent()) {
        proseUnder.merge(e, chars, Integer::sum);
      }
    }
    if (total < MIN_PAGE_PROSE) {
      return content;
    }
    int covered = 0;
    for (Element e : content) {
      covered += proseUnder.getOrDefault(e, 0);
    }
    if (covered >= MIN_COVERED * total) {
      return content;
    }
    Element wider = smallestHolding(body, proseUnder, WIDER_HOLDS * total);
    if (wider == null || wider.is(CssQueries.of("body, html")) || LinkDensity.of(wider) > MAX_WIDER_LINK_DENSITY) {
      return content;
    }
    return List.of(wider);
  }

  /** The prose characters of a paragraph: a long, sentence-ending block of few links, else 0. */
  private static int proseChars(Element block) {
    // Text counts once, in the innermost block: a list item holding paragraphs counts as those.
    if (block.parents().stream().anyMatch(p -> p.is(CssQueries.of("p")))
        || block.select(CssQueries.of("p, li")).stream().anyMatch(inner -> inner != block)) {
      return 0;
    }
    String text = block.text();
    if (text.length() < MIN_PROSE_CHARS
        || !text.matches("(?s).*[.!?:][\"\u201D')]?$")
        || LinkDensity.of(block) > MAX_PROSE_LINK_DENSITY) {
      return 0;
    }
    return text.length();
  }

  private static Element smallestHolding(Element body, Map<Element, Integer> proseUnder, double wanted) {
    Element best = null;
    for (Element e = body; e != null; ) {
      best = e;
      Element next = null;
      for (Element child : e.children()) {
        if (proseUnder.getOrDefault(child, 0) >= wanted) {
          next = child;
          break;
        }
      }
      e = next;
    }
    return best;
  }
}
