package org.newsfacts.source;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Boxes built around a text field: newsletter and SMS sign-ups, search boxes, log-in and
 * comment forms. The field says what the box is even when no class name does ({@code <section
 * class="my-12 p-8">}), and the box goes with its pitch ("Be the first to know!"), its small
 * print and its thank-you line, not only the form. A box is the largest element around the field
 * that is still short, and never one that holds the headline or the marked article.
 */
final class EntryBoxes {
  private static final int MAX_BOX_CHARS = 600;
  /** Input types for a line of text; a number field is a calculator's, which may be content. */
  private static final Set<String> TYPED =
      Set.of("", "text", "email", "tel", "search", "url", "password");

  private EntryBoxes() {}

  /** Removes every box around a field where readers type text; call before form controls go. */
  static void remove(Element body) {
    for (Element field : body.select(CssQueries.of("input, textarea"))) {
      if (field.ownerDocument() == null || !takesTypedText(field)) {
        continue; // gone with an earlier box, or a hidden value, a button or a number
      }
      Element box = null;
      for (Element e = field.parent(); e != null && e != body; e = e.parent()) {
        if (e.text().length() > MAX_BOX_CHARS || holdsArticle(e)) {
          break;
        }
        box = e;
      }
      if (box != null) {
        box.remove();
      }
    }
  }

  private static boolean takesTypedText(Element field) {
    return field.is(CssQueries.of("textarea")) || TYPED.contains(field.attr("type").toLowerCase(Locale.ROOT));
  }

  private static boolean holdsArticle(Element e) {
    return !e.select(CssQueries.of("h1")).isEmpty() || BoilerplateHints.marksArticle(e)
        || !e.select(CssQueries.of("[itemprop~=(?i)articleBody], .hentry")).isEmpty();
  }
}
