package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A date the page labels as its own, wherever the line stands ("Published Thursday, January 10,
 * 2008", "Posted on: December 28, 2007 10:57 PST", "Last Updated: Saturday, 12 January 2008"):
 * older layouts put it above the headline or in a table cell beside it, where neither the markup
 * nor the line under the headline gives it. The label says whose date it is; a comment's
 * "posted on" is not the article's, a sentence that starts with the word is not a label, and a
 * date whose day and month could be either way round is passed over.
 */
final class LabelledDates {
  private static final Pattern LABEL =
      Pattern.compile("(?i)(first published|published|posted|released?|last updated|updated|date:)\\b.*");
  private static final Pattern COMMENTS = Pattern.compile("(?i)comment|disqus|repl(y|ies)|discussion");
  private static final int MAX_LINE_CHARS = 100;

  private LabelledDates() {}

  /** The date of the page's first labelled date line, or {@code null}. */
  static String first(Document page) {
    if (page.body() == null) {
      return null;
    }
    DateOrder order = DateOrder.of(page);
    for (TextNode label : labels(page.body())) {
      // The label may stand in an element of its own, the date beside it in the parent's text.
      for (Element line = (Element) label.parent(); line != null; line = line.parent()) {
        String text = order.resolve(line.text());
        if (text.length() > MAX_LINE_CHARS
            || HeadlineDates.isSentence(text)
            || isInComments(line)
            || HeadlineDates.isAmbiguous(text)) {
          break;
        }
        String date = PageDates.plausible(text);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The text nodes that start with a label, in document order. */
  private static List<TextNode> labels(Element body) {
    List<TextNode> labels = new ArrayList<>();
    body.traverse((node, depth) -> {
      if (node instanceof TextNode text && LABEL.matcher(text.text().strip()).matches()) {
        labels.add(text);
      }
    });
    return labels;
  }

  static boolean isInComments(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (COMMENTS.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return false;
  }
}
