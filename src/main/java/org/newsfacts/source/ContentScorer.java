package org.newsfacts.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: every paragraph scores by its length and commas and
 * passes the score up to its ancestors (less with each level), each candidate's score is
 * discounted by its link density, the block under the headline is preferred to a far better one
 * elsewhere only as {@link HeadlineAnchor} says, and the best candidate is widened to its parent when other good
 * candidates sit under that parent too. Sibling blocks that score well or read like prose join it,
 * and so do {@link TwinContainers}.
 */
final class ContentScorer {
  private static final String PARAGRAPHS = "p, pre, td, blockquote, li, div, section, article";
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /** The elements that make up the article, in document order; empty when nothing scores. */
  static List<Element> mainContent(Element body) {
    return new ContentScorer().select(body);
  }

  private List<Element> select(Element body) {
    scoreParagraphs(body);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - LinkDensity.of(entry.getKey()));
      entry.setValue(score);
      if (score > best) {
        best = score;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    Element underHeadline = HeadlineAnchor.prefer(body, scores, top, best);
    Element passedOver = null;
    if (underHeadline != top) {
      passedOver = top;
      best = scores.get(underHeadline);
      top = underHeadline;
    }
    List<Element> content =
        TwinContainers.addTo(body, withSiblings(widen(top, best, passedOver), best));
    return ProseSiblings.addTo(body, ProseCoverage.check(body, content));
  }

  private void scoreParagraphs(Element body) {
    for (Element paragraph : body.select(CssQueries.of(PARAGRAPHS))) {
      if (!isParagraph(paragraph)) {
        continue;
      }
      String text = paragraph.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double score = 1 + count(text, ',') + count(text, '\uFF0C') + Math.min(text.length() / 100.0, 3);
      // Text sitting directly in a div or cell: that element is the container, as a <p>'s
      // parent would be (else a layout table row would merge the menu cell into the article).
      Element ancestor = paragraph.is(CssQueries.of("div, td, section, article")) ? paragraph : paragraph.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, initialScore(ancestor) + score / share, (a, b) -> a + score / share);
      }
    }
  }



  /** A paragraph element, or a div-like element holding text directly rather than in blocks. */
  private static boolean isParagraph(Element e) {
    if (!e.is(CssQueries.of("div, section, article, li, td"))) {
      return true;
    }
    // As in Readability: an element with no block inside it reads as a paragraph, whether its
    // text sits in it directly or in inline markup (<font>, <span>, <b>) separated by <br>s.
    return e.select(CssQueries.of("*")).stream().noneMatch(
        inner -> inner != e && BlockText.BLOCK_TAGS.contains(inner.normalName()) && !inner.is(CssQueries.of("br")));
  }

  private double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (BoilerplateHints.looksLikeContent(e)) {
      score += 25;
    }
    if (BoilerplateHints.looksLikeFurniture(e)) {
      score -= 25;
    }
    return score;
  }

  /**
   * Climbs to an ancestor when it also holds other strong candidates (split article bodies); the
   * block the headline's won over, and what holds it or sits in it, is no part of the article.
   */
  private Element widen(Element top, double best, Element passedOver) {
    List<Element> rivals = new ArrayList<>();
    scores.forEach((e, s) -> {
      boolean passed = passedOver != null
          && (e == passedOver || isAncestor(e, passedOver) || isAncestor(passedOver, e));
      // A box inside the top block (an inline fact box, a pull quote) is part of it already,
      // not a second part of a split body: counted, it widened a story to the column beside it.
      boolean inside = isAncestor(top, e);
      if (e != top && !inside && !passed && s >= 0.75 * best) {
        rivals.add(e);
      }
    });
    Element result = top;
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.is(CssQueries.of("body, html"));
        ancestor = ancestor.parent()) {
      int holds = 0;
      for (Element rival : rivals) {
        if (isAncestor(ancestor, rival)) {
          holds++;
        }
      }
      if (holds >= 2) {
        result = ancestor;
        break;
      }
    }
    return result;
  }

  private List<Element> withSiblings(Element top, double best) {
    Element parent = top.parent();
    if (parent == null || top.is(CssQueries.of("body"))) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> content = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || readsLikeProse(sibling)) {
        content.add(sibling);
      }
    }
    return content;
  }

  private static boolean readsLikeProse(Element e) {
    if (!e.is(CssQueries.of("p"))) {
      return false;
    }
    String text = e.text();
    double links = LinkDensity.of(e);
    return text.length() > 80 && links < 0.25
        || text.length() > 0 && links == 0 && text.matches(".*\\.( |$).*");
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
