package org.newsfacts.source;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what can never be article text before content scoring: scripts and media, forms
 * controls, hidden elements, and elements whose tag, role, class or id mark them as page
 * furniture. An element that holds most of the page's text is kept whatever its name says: a
 * wrapper called {@code page-with-sidebar} still holds the article.
 */
final class PageCleaner {
  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, video, audio, map,"
          + " button, input, select, textarea, option, link, meta, dialog, menu, figcaption";
  private static final String FURNITURE_TAGS = "nav, aside, footer, header, form";
  private static final double MOST_OF_PAGE = 0.5;
  private static final int MAX_INLINE_LINK_CHARS = 80;

  private PageCleaner() {}

  /** Removes what can never be text, hidden elements and furniture. */
  static void clean(Document page) {
    Element body = page.body();
    EntryBoxes.remove(body);
    body.select(CssQueries.of(NEVER_TEXT)).remove();
    body.select(CssQueries.of("[hidden], [aria-hidden=true]")).remove();
    removeStyledHidden(body);
    removeHoverCards(body);
    removeFurniture(body, FURNITURE_TAGS);
  }

  /**
   * Removes what can never be text, what a style hides, navigation, footers and comment threads,
   * and nothing else. The fallback chain's second pass reads the page this way: a page that
   * streams its article into a hidden element for a script to show, wraps the whole page in a
   * form or names its article container like furniture ("caption", "widget") still gives its
   * text.
   */
  static void cleanLeniently(Document page) {
    Element body = page.body();
    body.select(CssQueries.of(NEVER_TEXT)).remove();
    removeStyledHidden(body);
    body.select(CssQueries.of("nav, footer")).remove();
    for (Element e : body.getAllElements()) {
      if (e != body && e.ownerDocument() != null && BoilerplateHints.namesComments(e)) {
        e.remove();
      }
    }
  }

  private static void removeStyledHidden(Element body) {
    for (Element e : body.select(CssQueries.of("[style]"))) {
      String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
  }

  private static void removeHoverCards(Element body) {
    // Hover cards: a run of links tucked into a span inside a paragraph, shown on mouse-over.
    for (Element span : body.select(CssQueries.of("p span:has(a)"))) {
      if (span.ownerDocument() != null && span.select(CssQueries.of("a")).size() >= 3
          && LinkDensity.of(span) > 0.8) {
        span.remove();
      }
    }
  }

  private static boolean isCommentThread(Element e) {
    return BoilerplateHints.namesComments(e) && !holdsArticle(e);
  }

  private static boolean holdsArticle(Element e) {
    for (Element inner : e.getAllElements()) {
      if (BoilerplateHints.marksArticle(inner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code e} holds most of the page's text, not mostly in links: a menu or link
   * column named as furniture goes whatever its size, since no article is mostly links. Asked
   * only of furniture: an element's text is the text of its whole subtree, and reading it for
   * every element of a deeply nested page cost seconds.
   */
  private static boolean largeProse(Element e, int pageChars) {
    // "article-share" names both; such mixed names must cover less to go.
    double limit = BoilerplateHints.looksLikeContent(e) ? MOST_OF_PAGE / 2 : MOST_OF_PAGE;
    return e.text().length() >= limit * pageChars && LinkDensity.of(e) < MOST_OF_PAGE;
  }

  /**
   * True when {@code e} is a link set into a paragraph of prose: a word of its sentence, whatever
   * its class says ({@code <a class="meta-loc">Britain</a>}, a topic link a publisher tags for its
   * own index). Taking it out would leave "To many in , the prosecutors' decision...".
   */
  private static boolean isLinkInSentence(Element e) {
    if (!e.is(CssQueries.of("a[href]")) || e.text().length() > MAX_INLINE_LINK_CHARS) {
      return false;
    }
    Element paragraph = e.closest("p");
    return paragraph != null && paragraph.text().length() > 2 * e.text().length()
        && LinkDensity.of(paragraph) < MOST_OF_PAGE;
  }

  private static void removeFurniture(Element body, String furnitureTags) {
    int pageChars = Math.max(1, body.text().length());
    for (Element e : body.getAllElements()) {
      if (e == body || e.ownerDocument() == null) {
        continue; // already gone with an ancestor
      }
      boolean furniture = e.is(CssQueries.of(furnitureTags))
          || BoilerplateHints.looksLikeFurniture(e) && !BoilerplateHints.marksArticle(e)
          && !isLinkInSentence(e);
      // A comment thread can outgrow the article it follows: it goes whatever its size.
      if (isCommentThread(e) || furniture && !largeProse(e, pageChars)) {
        e.remove();
      }
    }
  }
}
