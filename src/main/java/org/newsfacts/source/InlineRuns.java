package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text written straight into a container that also holds blocks ({@code <td>text<br><br>more
 * <div>...</div></td>}) becomes paragraphs of its own, as Readability does, so that content
 * scoring sees it: each run of text and inline elements between two blocks, or between two
 * line breaks in a row, is wrapped in a {@code <p>}.
 */
final class InlineRuns {
  private static final String CONTAINERS = "div, td, section, article, main, center, font, span, b";

  private InlineRuns() {}

  static void wrap(Element body) {
    for (Element container : body.select(CssQueries.of(CONTAINERS))) {
      if ((hasBlockChild(container) || hasDoubleBreak(container)) && hasOwnText(container)) {
        wrapRuns(container);
      }
    }
  }

  /** True when two {@code <br>}s follow each other among the element's children. */
  private static boolean hasDoubleBreak(Element e) {
    boolean afterBreak = false;
    for (Node child : e.childNodes()) {
      if (isBreak(child)) {
        if (afterBreak) {
          return true;
        }
        afterBreak = true;
      } else if (!(child instanceof TextNode t && t.isBlank())) {
        afterBreak = false;
      }
    }
    return false;
  }

  private static boolean isBreak(Node node) {
    return node instanceof Element e && e.is(CssQueries.of("br"));
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (isBlock(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOwnText(Element e) {
    for (TextNode text : e.textNodes()) {
      if (!text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static void wrapRuns(Element container) {
    List<Node> run = new ArrayList<>();
    List<Node> children = container.childNodes();
    for (Node child : new ArrayList<>(children)) {
      boolean breakAfterBreak = isBreak(child) && !run.isEmpty() && endsWithBreak(run);
      if (child instanceof Element element && isBlock(element) || breakAfterBreak) {
        wrap(run);
        run.clear();
      } else {
        run.add(child);
      }
    }
    wrap(run);
  }

  private static boolean endsWithBreak(List<Node> run) {
    for (int i = run.size() - 1; i >= 0; i--) {
      Node node = run.get(i);
      if (isBreak(node)) {
        return true;
      }
      if (!(node instanceof TextNode t && t.isBlank())) {
        return false;
      }
    }
    return false;
  }

  private static void wrap(List<Node> run) {
    boolean hasText = run.stream().anyMatch(n -> n instanceof TextNode t && !t.isBlank()
        || n instanceof Element e && !e.text().isBlank());
    if (!hasText) {
      return;
    }
    Element paragraph = new Element("p");
    run.get(0).before(paragraph);
    for (Node node : run) {
      paragraph.appendChild(node);
    }
  }

  private static boolean isBlock(Element e) {
    return BlockText.BLOCK_TAGS.contains(e.normalName()) && !e.is(CssQueries.of("br"))
        || e.is(CssQueries.of("table, img, iframe"));
  }
}
