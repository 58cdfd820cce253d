package org.newsfacts.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Parts of the article that sit beside the chosen content rather than in it. Page builders put
 * an article's introduction, its sections or its questions-and-answers in modules of their own,
 * and layouts break a story around a rail of other stories; the scorer picks the strongest part
 * and the rest is lost. Near the chosen content (its siblings, and those of its parent and
 * grandparent), a block that is itself mostly prose paragraphs with few links belongs to the
 * article too: teasers, menus, and link rails are short or linked, not runs of sentences.
 */
final class ProseSiblings {
  private static final int LEVELS = 3;
  private static final int MIN_PARAGRAPH_CHARS = 80;
  private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.25;
  private static final int MIN_PARAGRAPHS = 2;
  private static final double MAX_BLOCK_LINK_DENSITY = 0.2;
  /** At least this share of a block's text must be prose paragraphs. */
  private static final double MIN_PROSE_SHARE = 0.6;

  private ProseSiblings() {}

  /**
   * {@code content} with the prose blocks before it, in document order. Only a single chosen
   * block is widened: content already merged from twins or siblings holds the article's parts,
   * and what sits between them is more often a sales pitch than a lost section.
   */
  static List<Element> addTo(Element body, List<Element> content) {
    if (content.size() != 1) {
      return content;
    }
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.addAll(content);
    boolean added = false;
    for (Element part : content) {
      Element level = part;
      for (int i = 0; i < LEVELS && level.parent() != null && !level.parent().is(CssQueries.of("body, html")); i++) {
        // Only blocks before the content: what follows an article is where comments, author
        // promos and sign-up pitches sit, often in prose of their own.
        for (Element sibling = level.previousElementSibling(); sibling != null;
            sibling = sibling.previousElementSibling()) {
          if (!overlaps(sibling, chosen) && isProseBlock(sibling)) {
            chosen.add(sibling);
            added = true;
          }
        }
        level = level.parent();
      }
    }
    if (!added) {
      return content;
    }
    List<Element> merged = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (chosen.contains(e) && !isInside(e, chosen)) {
        merged.add(e);
      }
    }
    return merged;
  }

  private static boolean isProseBlock(Element block) {
    int chars = block.text().length();
    if (chars == 0 || LinkDensity.of(block) > MAX_BLOCK_LINK_DENSITY
        || BoilerplateHints.looksLikeFurniture(block)) {
      return false;
    }
    int paragraphs = 0;
    int prose = 0;
    for (Element p : block.select(CssQueries.of("p"))) {
      String text = p.text();
      if (text.length() >= MIN_PARAGRAPH_CHARS && text.matches("(?s).*[.!?][\"\u201D')]?$")
          && LinkDensity.of(p) < MAX_PARAGRAPH_LINK_DENSITY) {
        paragraphs++;
        prose += text.length();
      }
    }
    return paragraphs >= MIN_PARAGRAPHS && prose >= MIN_PROSE_SHARE * chars;
  }

  /** True when {@code e} is, holds, or sits inside a chosen element. */
  private static boolean overlaps(Element e, Set<Element> chosen) {
    if (chosen.contains(e) || isInside(e, chosen)) {
      return true;
    }
    for (Element inner : e.getAllElements()) {
      if (chosen.contains(inner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInside(Element e, Set<Element> chosen) {
    for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
      if (chosen.contains(parent)) {
        return true;
      }
    }
    return false;
  }
}
