package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A comment thread ends the article. Blogs and older news pages often set the comments straight
 * into the article's container, as bare paragraphs and divs with nothing naming them, under a
 * heading ("Comments", "12 Responses", "Trackback Pings") or an anchor named for them ({@code <a
 * name="commentSection">}, {@code <h2 id="comments">}). The start of the thread is marked before the
 * page is cleaned (cleaning takes the named heading, but what follows it stays), and whatever
 * follows the mark is cut from the chosen content.
 */
final class CommentThreads {
  private static final String MARK = "data-newsfacts-comments-start";
  private static final Pattern NAMES = Pattern.compile("(?i)comment|disqus|trackback|pingback");
  private static final Pattern HEADER =
      Pattern.compile(
          "(?i)^(\\d+\\s+)?(reader )?(comments?|responses?|replies|trackbacks?( pings)?|pingbacks?)"
              + "(\\s*\\(\\d+\\))?:?$|^(leave|post|add|write) (a|your) (comment|reply|response)\\b.*"
              + "|^comments are (now )?closed\\b.*|^\\d+ (comments?|responses?|replies|thoughts?) (on|to) .*");
  private static final int MAX_HEADER_CHARS = 80;
  private static final String NAMED_TAGS = "a, div, section, ol, ul, dl, table, p, h2, h3, h4, h5, h6";

  private CommentThreads() {}

  /** Marks where the comment thread of {@code page} starts, after its headline when one is marked. */
  static void mark(Document page) {
    Element body = page.body();
    if (body == null) {
      return;
    }
    boolean afterHeadline = !HeadlineAnchor.isMarked(body);
    for (Element e : body.getAllElements()) {
      if (!afterHeadline) {
        afterHeadline = HeadlineAnchor.isMark(e);
        continue;
      }
      if (startsThread(e)) {
        e.before(new Element("span").attr(MARK, ""));
        return;
      }
    }
  }

  private static boolean startsThread(Element e) {
    if (e.is(CssQueries.of("h2, h3, h4, h5, h6"))) {
      String text = e.text().strip();
      if (text.length() <= MAX_HEADER_CHARS && HEADER.matcher(text).matches()) {
        return true;
      }
    }
    if (!e.is(CssQueries.of(NAMED_TAGS)) || e.is(CssQueries.of("a[href]"))) {
      return false;
    }
    // An empty box named for comments inside the article is a placeholder a script fills (a
    // "reader comments" teaser beside a paragraph); only an anchor marks a place while empty.
    if (!e.is(CssQueries.of("a")) && e.text().isBlank()) {
      return false;
    }
    String name = e.id() + " " + e.attr("name");
    return NAMES.matcher(name).find() && !holdsArticle(e);
  }

  private static boolean holdsArticle(Element e) {
    for (Element inner : e.getAllElements()) {
      if (BoilerplateHints.marksArticle(inner) || HeadlineAnchor.isMark(inner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code content} without what follows the thread's mark: the elements after it dropped, the
   * element it sits in cut short there. Unchanged when no text of the content comes before the
   * mark (a page whose article is missing, where the thread is all there is).
   */
  static List<Element> cut(Element body, List<Element> content) {
    Element mark = body.selectFirst("span[" + MARK + "]");
    if (mark == null) {
      return content;
    }
    List<Element> order = body.getAllElements();
    int at = order.indexOf(mark);
    List<Element> kept = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    for (Element root : content) {
      if (order.indexOf(root) < at) {
        kept.add(root);
        before.append(textUpTo(root, mark));
      }
    }
    if (before.toString().isBlank()) {
      return content;
    }
    for (Node node = mark; node != null && node != body; node = node.parent()) {
      while (node.nextSibling() != null) {
        node.nextSibling().remove();
      }
    }
    return kept;
  }

  /** The text of {@code root} up to {@code mark}, or all of it when the mark lies elsewhere. */
  private static String textUpTo(Element root, Element mark) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == mark) {
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
          text.append(t.text());
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return text.toString();
  }
}
