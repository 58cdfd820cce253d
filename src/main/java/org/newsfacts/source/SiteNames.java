package org.newsfacts.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes the site's name off a headline ("Storm hits coast | Example News"): titles from
 * {@code og:title} and {@code <title>} often carry it. The tail goes when it is the page's own
 * {@code og:site_name}, looks like a domain, or when the page's {@code <h1>} is the title without it.
 */
final class SiteNames {
  private static final Pattern LAST_SEGMENT = Pattern.compile("^(.+?)\\s+[|\u2013\u2014-]\\s+([^|\u2013\u2014]+)$");
  private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}$");

  private SiteNames() {}

  static String strip(String title, Document page) {
    if (title == null) {
      return null;
    }
    String clean = title.strip();
    Matcher m = LAST_SEGMENT.matcher(clean);
    if (!m.matches()) {
      return clean;
    }
    String head = m.group(1).strip();
    String tail = m.group(2).strip();
    if (sameName(tail, siteName(page)) || DOMAIN.matcher(tail).matches()) {
      return head;
    }
    Element h1 = page.selectFirst(CssQueries.of("h1"));
    return h1 != null && sameName(h1.text(), head) ? head : clean;
  }

  private static String siteName(Document page) {
    for (String query : new String[] {"meta[property=og:site_name]", "meta[name=application-name]"}) {
      Element e = page.selectFirst(CssQueries.of(query));
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content");
      }
    }
    return null;
  }

  private static boolean sameName(String a, String b) {
    return a != null && b != null && squash(a).equals(squash(b)) && !squash(a).isEmpty();
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
