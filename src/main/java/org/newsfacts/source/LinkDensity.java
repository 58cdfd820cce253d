package org.newsfacts.source;

import org.jsoup.nodes.Element;

/** The share of an element's text that sits inside links: high for menus and link lists. */
final class LinkDensity {
  private LinkDensity() {}

  static double of(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element link : e.select(CssQueries.of("a"))) {
      linked += link.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }
}
