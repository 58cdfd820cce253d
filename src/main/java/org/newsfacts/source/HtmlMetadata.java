package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, authors and publication date of a web page, from the places publishers put them, most
 * reliable first: Open Graph and article meta tags, JSON-LD, Dublin Core, Parse.ly and Sailthru
 * tags, microdata, {@code <time>}, bylines, and last the date in the page's URL ({@link
 * PageDates}).
 */
record HtmlMetadata(String title, List<String> authors, String published) {
  private static final String[] TITLE_META = {
    "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=dc.title]",
    "meta[name=parsely-title]", "meta[name=sailthru.title]"
  };
  private static final String[] AUTHOR_META = {
    "meta[name=author]", "meta[property=article:author]", "meta[name=article:author]",
    "meta[name=dc.creator]", "meta[name=dcterms.creator]", "meta[name=parsely-author]",
    "meta[name=sailthru.author]", "meta[name=byl]", "meta[property=og:article:author]"
  };

  static HtmlMetadata of(Document page, String url) {
    JsonLdArticle ld = JsonLdArticle.find(page);
    String title = firstMeta(page, TITLE_META);
    if (title == null) {
      title = ld.headline();
    }
    if (title == null) {
      title = firstText(page, "h1");
    }
    if (title == null) {
      title = cleanPageTitle(pageTitle(page));
    }
    return new HtmlMetadata(
        SiteNames.strip(title, page), authors(page, ld), PageDates.of(page, ld, url));
  }

  private static List<String> authors(Document page, JsonLdArticle ld) {
    List<String> names = new ArrayList<>();
    for (String query : AUTHOR_META) {
      for (Element meta : page.select(CssQueries.of(query))) {
        String content = meta.attr("content").strip();
        if (!content.isEmpty() && !content.startsWith("http")) {
          names.add(content);
        }
      }
      if (!names.isEmpty()) {
        break;
      }
    }
    names.addAll(ld.authors());
    if (names.isEmpty()) {
      for (Element e : page.select(CssQueries.of("[itemprop=author] [itemprop=name], [rel=author], .byline"))) {
        String text = e.text().strip();
        if (!text.isEmpty() && text.length() < 80) {
          names.add(text);
        }
      }
    }
    return names;
  }

  private static String firstMeta(Document page, String... queries) {
    for (String query : queries) {
      String value = firstAttr(page, query, "content");
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first non-blank value of {@code attribute} among the elements {@code query} finds. */
  static String firstAttr(Document page, String query, String attribute) {
    Element e = page.selectFirst(CssQueries.of(query));
    String value = e == null ? "" : e.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }

  private static String firstText(Document page, String query) {
    Element e = page.selectFirst(CssQueries.of(query));
    String value = e == null ? "" : e.text().strip();
    return value.isEmpty() ? null : value;
  }

  /**
   * The page's {@code <title>}; a damaged template that sets it inside the body (after its ads
   * and menus) still gives the page its title there.
   */
  private static String pageTitle(Document page) {
    String title = page.title();
    if (title.isBlank()) {
      Element anywhere = page.selectFirst(CssQueries.of("title"));
      title = anywhere == null ? "" : anywhere.text();
    }
    return title;
  }

  /** {@code <title>} usually ends with the site name: "Headline | Site" or "Headline - Site". */
  private static String cleanPageTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = title.split("\\s+[|\u2013\u2014-]\\s+");
    String longest = parts[0];
    for (String part : parts) {
      if (part.length() > longest.length()) {
        longest = part;
      }
    }
    return longest.strip();
  }
}
