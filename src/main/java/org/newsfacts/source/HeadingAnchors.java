package org.newsfacts.source;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Ids made from a heading's text so that a table of contents can link to the section
 * ({@code id="menu-ideas-for-small-weddings"} on a section headed "Menu ideas for small weddings").
 * Their words are the article's, not a name for the kind of box, and a section about menus or
 * sharing is no navigation menu or share bar.
 */
final class HeadingAnchors {
  /** Fewer words could be a box's name that happens to match its heading ("related-stories"). */
  private static final int MIN_WORDS = 3;
  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
  // Compiled once: slug() runs for every element with an id on every page.
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

  private HeadingAnchors() {}

  /** True when {@code e}'s id is the slug of its heading: its own text, or its first heading's. */
  static boolean isAnchor(Element e) {
    String id = slug(e.id());
    if (id.split("-").length < MIN_WORDS) {
      return false;
    }
    Element heading = e.is(CssQueries.of(HEADINGS)) ? e : e.selectFirst(CssQueries.of(HEADINGS));
    return heading != null && slug(heading.text()).startsWith(id);
  }

  /** Lower-case words joined by single hyphens: "Menu Ideas: Weddings" gives menu-ideas-weddings. */
  private static String slug(String text) {
    String hyphened = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_HYPHENS.matcher(hyphened).replaceAll("");
  }
}
