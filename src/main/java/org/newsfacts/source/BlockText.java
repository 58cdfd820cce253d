package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as paragraphs: every block element (paragraph, heading, list item, table row...)
 * starts a new one, inline elements flow into the current one, and whitespace inside a paragraph
 * collapses to single spaces (which also rejoins the lines of a PDF paragraph).
 */
final class BlockText {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details",
          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
          "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption");

  /**
   * One paragraph of rendered text.
   *
   * @param text the paragraph, whitespace collapsed
   * @param linkChars how many of its characters sit inside links
   * @param tag the block element that holds it ({@code p}, {@code h2}, {@code li}...)
   * @param targets the addresses its links point to, in order
   */
  record Block(String text, int linkChars, String tag, List<String> targets) {
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
  }

  private BlockText() {}

  /** The paragraphs of {@code roots}, in document order. */
  static List<Block> blocks(List<Element> roots) {
    Collector collector = new Collector();
    for (Element root : roots) {
      NodeTraversor.traverse(collector, root);
      collector.flush();
    }
    return collector.blocks;
  }

  /** Paragraphs joined by a blank line. */
  static String join(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.toString();
  }

  private static final class Collector implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<String> targets = new ArrayList<>();
    private final List<String> blockStack = new ArrayList<>();
    private int linkChars;
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String chunk = textNode.getWholeText();
        text.append(chunk);
        if (linkDepth > 0) {
          linkChars += chunk.strip().length();
        }
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("a")) {
          linkDepth++;
          if (!element.attr("href").isBlank()) {
            targets.add(element.attr("href").strip());
          }
        } else if (tag.equals("td") || tag.equals("th")) {
          text.append(' ');
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          blockStack.add(tag);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          blockStack.remove(blockStack.size() - 1);
        }
      }
    }

    void flush() {
      String paragraph = TextCleanup.inline(text.toString());
      if (!paragraph.isEmpty()) {
        String tag = blockStack.isEmpty() ? "" : blockStack.get(blockStack.size() - 1);
        blocks.add(new Block(paragraph, Math.min(linkChars, paragraph.length()), tag, List.copyOf(targets)));
      }
      targets.clear();
      text.setLength(0);
      linkChars = 0;
    }
  }
}
