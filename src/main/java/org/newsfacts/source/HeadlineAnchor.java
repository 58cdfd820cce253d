package org.newsfacts.source;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article starts under its headline. The scorer weighs blocks by their prose alone, and on a
 * page whose article is one or two paragraphs a blog's tagline or a column of blurbs can outscore
 * it; the block that follows the headline still says where the article is. The headline is marked
 * before the page is cleaned (cleaning may take the header it sits in), and the mark stays where
 * the headline, or its header, ended.
 */
final class HeadlineAnchor {
  private static final String MARK = "data-newsfacts-headline-end";
  /** Text that may stand between the headline and the article: a byline, a date, a kicker. */
  private static final int WINDOW_CHARS = 300;
  /** An article's header holds little more than the headline: its byline and date lines. */
  private static final int MAX_HEADER_EXTRA_CHARS = 200;
  private static final int MIN_TITLE_CHARS = 10;
  private static final int MIN_PREFIX_CHARS = 20;
  /** The block under the headline wins when it scores at least this share of the best. */
  private static final double MIN_SHARE_OF_BEST = 1.0 / 3;

  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  private HeadlineAnchor() {}

  /** True when {@code body} holds the headline's mark. */
  static boolean isMarked(Element body) {
    return body.selectFirst("span[" + MARK + "]") != null;
  }

  /** True when {@code e} is the headline's mark. */
  static boolean isMark(Element e) {
    return e.hasAttr(MARK);
  }

  /** Marks the end of the headline block of {@code page} when a heading gives {@code title}. */
  static void mark(Document page, String title) {
    Element headline = headline(page, title);
    if (headline == null) {
      return;
    }
    // Past the header the headline sits in, with its byline and date: cleaning takes headers.
    Element header = headline.closest("header, hgroup");
    boolean small = header != null
        && header.text().length() <= headline.text().length() + MAX_HEADER_EXTRA_CHARS;
    (small ? header : headline).after(new Element("span").attr(MARK, ""));
  }

  /** The first heading that gives the title (or its start: a long headline cut short). */
  private static Element headline(Document page, String title) {
    if (page.body() == null || title == null || title.strip().length() < MIN_TITLE_CHARS) {
      return null;
    }
    String wanted = squash(title);
    for (Element heading : page.body().select(CssQueries.of("h1, h2, h3, h4, .headline, [class*=title]"))) {
      String text = squash(heading.text());
      if (!text.isEmpty()
          && (text.equals(wanted) || wanted.startsWith(text) && text.length() >= MIN_PREFIX_CHARS)) {
        return heading;
      }
    }
    return null;
  }

  private static String squash(String s) {
    return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /**
   * {@code top}, or the best scored block right under the headline when {@code top} is elsewhere
   * on the page (not under the headline, not around or inside that block, not a twin of it) and
   * that block scores at least a third of {@code best}.
   */
  static Element prefer(Element body, Map<Element, Double> scores, Element top, double best) {
    Element mark = body.selectFirst("span[" + MARK + "]");
    if (mark == null) {
      return top;
    }
    Offsets offsets = Offsets.of(body, mark);
    Element anchored = null;
    double anchoredScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getValue() > anchoredScore && offsets.underHeadline(entry.getKey())) {
        anchored = entry.getKey();
        anchoredScore = entry.getValue();
      }
    }
    if (anchored == null || anchored == top || offsets.underHeadline(top)
        || holds(top, anchored) || holds(anchored, top) || twins(top, anchored)
        || anchoredScore < MIN_SHARE_OF_BEST * best) {
      return top;
    }
    return anchored;
  }

  /** Same tag and class: parts of one article body, which {@link TwinContainers} joins anyway. */
  private static boolean twins(Element a, Element b) {
    return a.normalName().equals(b.normalName()) && !a.className().isBlank()
        && a.className().equals(b.className());
  }

  private static boolean holds(Element outer, Element inner) {
    for (Element p = inner.parent(); p != null; p = p.parent()) {
      if (p == outer) {
        return true;
      }
    }
    return false;
  }

  /** Where each element's text starts and ends, in characters of text from the top. */
  private static final class Offsets implements NodeVisitor {
    private final Map<Element, int[]> spans = new IdentityHashMap<>();
    private final Element mark;
    private int position;
    private int markAt = -1;

    private Offsets(Element mark) {
      this.mark = mark;
    }

    static Offsets of(Element body, Element mark) {
      Offsets offsets = new Offsets(mark);
      NodeTraversor.traverse(offsets, body);
      return offsets;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        position += text.text().strip().length();
      } else if (node instanceof Element element) {
        if (element == mark) {
          markAt = position;
        }
        spans.put(element, new int[] {position, position});
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        spans.get(element)[1] = position;
      }
    }

    /** True when the element's text starts just after the headline, or it opens with it. */
    boolean underHeadline(Element e) {
      int[] span = spans.get(e);
      if (span == null || markAt < 0) {
        return false;
      }
      if (span[0] >= markAt) {
        return span[0] - markAt <= WINDOW_CHARS;
      }
      return span[1] > markAt && markAt - span[0] <= WINDOW_CHARS;
    }
  }
}
