package org.newsfacts.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A {@code <title>} that is never closed (a damaged or badly saved page) swallows the whole
 * page: an HTML parser reads everything after it as the title's text, and the body comes out
 * empty. Such a page is read again with the title ending where the swallowed markup starts.
 */
final class UnclosedTitle {
  private static final int MAX_TITLE_CHARS = 1000;

  private UnclosedTitle() {}

  /** True when the title holds far more text than any headline and the body next to none. */
  static boolean swallowedPage(Document page) {
    int title = page.title().length();
    return title > MAX_TITLE_CHARS && page.body().text().length() < title / 10;
  }

  /** The page parsed again, its title cut where the first tag inside it starts. */
  static Document reparse(Document page) {
    Element title = page.selectFirst(CssQueries.of("title"));
    String swallowed = title == null ? "" : title.text();
    int markup = swallowed.indexOf('<');
    if (markup < 0) {
      return page;
    }
    title.remove();
    String headline = swallowed.substring(0, markup).replace("&", "&amp;");
    return Jsoup.parse("<html><head>" + page.head().html() + "<title>" + headline + "</title>"
        + swallowed.substring(markup) + "</head>" + page.body().outerHtml() + "</html>");
  }
}
