package org.newsfacts.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfacts.fact.Json;

/**
 * The publication date a web page gives in its markup, most reliable first: article meta tags,
 * Parse.ly's {@code parsely-page} JSON, JSON-LD, microdata and {@code <time>} elements, and the
 * date in the page's address, and a bare {@code <meta name="date">}; failing those ({@link
 * #dateLine}), a short byline or date line in an element named for it. A page's last change
 * ({@link #lastModified}) is read only when nothing on it gives the day it was published.
 * Every candidate must be plausible for a web page (from 1991, when the web began, to
 * tomorrow): a placeholder epoch or a mistyped year is passed over, not taken.
 */
final class PageDates {
  private static final String[] DATE_META = {
    "meta[property=article:published_time]", "meta[name=article:published_time]",
    "meta[property=og:published_time]", "meta[property=og:article:published_time]",
    "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
    "meta[name=publish-date]", "meta[name=publish_date]", "meta[name=article_date_original]",
    "meta[name=original-publish-date]", "meta[name=originalpublicationdate]",
    "meta[name=article.published]", "meta[name=dc.date]",
    "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.issued]",
    "meta[name=dcterms.created]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
    "meta[name=citation_publication_date]", "meta[name=displaydate]",
  };
  /**
   * A bare {@code <meta name="date">} is what some publishing systems stamp on every page they
   * render: on one site it gave the day the page was fetched, a week after the story, while the
   * story's own {@code <time pubdate>} was right. It is read after the page's marked dates.
   */
  private static final String RENDER_DATE_META = "meta[name=date]";
  /**
   * Any other meta tag that names a publication date ("PublicationDate", "t_omni_pubdate",
   * "article.pubdate", "w-published-date", "datePublished" as a name): publishing systems coin
   * their own names, but they spell it out.
   */
  private static final Pattern PUBLICATION_META_NAME = Pattern.compile(
      "(?i)(pub|publish|published|publication|issued|posted)[-_.:]?(date|time)|date[-_.:]?pub");
  private static final Pattern CHANGE_META_NAME = Pattern.compile("(?i)modif|updat|expir|revis");
  /** Microdata, HTML5 {@code <time>} and the hAtom microformat's {@code <abbr class="published">}. */
  private static final String MARKED_DATES =
      "[itemprop=datePublished], time[pubdate], [pubdate], time[datetime], abbr.published[title]";
  /**
   * Elements publishers name for the byline or the date line ("byline", "post-date", "timeLine",
   * "p_publishtime"...).
   */
  private static final Pattern DATE_ELEMENT_NAME =
      Pattern.compile("(?i)byline|dateline|date|time|posted|publish");
  /**
   * Today's date in a masthead (a "sitedate", the "issueDate" of the site's current web issue),
   * a comment's or a related story's date, the day a cited source was read
   * ("reference-accessdate"): not the article's. A "header" is the masthead, but a
   * "date-header" heads a post with its date (Blogger's).
   */
  private static final Pattern OTHER_DATE_NAME = Pattern.compile(
      "(?i)today|current|branding|masthead|(?<!date[-_]?)header|weather|clock|comment|related|update"
          + "|access|citation|reference|(site|issue)[-_]?date");
  private static final Set<String> SITE_HEADER_NAMES =
      Set.of("header", "masthead", "site-header", "global-header", "branding");
  private static final int MAX_DATE_LINE_CHARS = 100;
  private static final LocalDate FIRST_WEB_PAGE = LocalDate.of(1991, 1, 1);

  private PageDates() {}

  /** The page's publication date as {@code YYYY-MM-DD}, or {@code null} when it gives none. */
  static String of(Document page, JsonLdArticle ld, String url) {
    for (String query : DATE_META) {
      String date = firstPlausible(page, query);
      if (date != null) {
        return date;
      }
    }
    String date = parselyDate(page);
    if (date == null) {
      date = publicationMeta(page);
    }
    if (date == null) {
      date = plausible(ld.datePublished());
    }
    if (date == null) {
      date = JsonLdDates.ofPage(page);
    }
    if (date == null) {
      date = markedDate(page);
    }
    if (date == null) {
      date = plausibleUrlDate(HtmlMetadata.firstAttr(page, "link[rel=canonical]", "href"));
    }
    if (date == null) {
      date = plausibleUrlDate(HtmlMetadata.firstAttr(page, "meta[property=og:url]", "content"));
    }
    if (date == null) {
      date = plausibleUrlDate(url);
    }
    if (date == null) {
      date = firstPlausible(page, RENDER_DATE_META);
    }
    return date;
  }

  /**
   * The page's {@code article:modified_time}, for a page that gives no date of publication
   * anywhere, not even in its lines: a WordPress page's meta tags may carry only the last
   * change, years after its JSON-LD {@code datePublished} or its visible date line.
   */
  static String lastModified(Document page) {
    return firstPlausible(page, "meta[property=article:modified_time]");
  }

  private static String firstPlausible(Document page, String query) {
    for (Element meta : page.select(CssQueries.of(query))) {
      String date = plausible(meta.attr("content"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static String publicationMeta(Document page) {
    for (Element meta : page.select(CssQueries.of("meta[content]"))) {
      String name = meta.attr("name") + " " + meta.attr("property") + " " + meta.attr("itemprop");
      if (PUBLICATION_META_NAME.matcher(name).find() && !CHANGE_META_NAME.matcher(name).find()) {
        String date = plausible(meta.attr("content"));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The date in {@code value} when it is one a web page can have been published on. */
  static String plausible(String value) {
    String date = PublishedDates.parse(value);
    if (date == null) {
      return null;
    }
    LocalDate day = LocalDate.parse(date);
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    return day.isBefore(FIRST_WEB_PAGE) || day.isAfter(tomorrow) ? null : date;
  }

  private static String plausibleUrlDate(String url) {
    return plausible(PublishedDates.fromUrl(url));
  }

  /** Parse.ly's {@code <meta name="parsely-page">}, a JSON object with {@code pub_date}. */
  private static String parselyDate(Document page) {
    for (Element meta : page.select(CssQueries.of("meta[name=parsely-page]"))) {
      try {
        JsonNode pubDate = Json.MAPPER.readTree(meta.attr("content")).get("pub_date");
        String date = pubDate == null ? null : plausible(pubDate.asText());
        if (date != null) {
          return date;
        }
      } catch (Exception e) {
        // Hand-written JSON in an attribute is often broken; the other sources still apply.
      }
    }
    return null;
  }

  /**
   * Microdata and {@code <time>}: the machine-readable value (an {@code <abbr>} keeps it in its
   * title), else the element's text.
   */
  private static String markedDate(Document page) {
    for (Element marked : page.select(CssQueries.of(MARKED_DATES))) {
      String value = marked.hasAttr("datetime") ? marked.attr("datetime")
          : marked.hasAttr("content") ? marked.attr("content") : marked.attr("title");
      String date = plausible(value);
      if (date == null && marked.text().length() <= MAX_DATE_LINE_CHARS) {
        date = plausible(marked.text());
      }
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * A short byline or date line ("By Ann Lee, Wednesday, January 14, 2015") in an element whose
   * class or id says it holds one; the first in the page wins, as the article's own comes before
   * its comments and related stories. One far above the headline titled {@code title} is the
   * masthead's "today" ("Tuesday 15 January 2008 | Home | News | Sport"), a week after a story
   * of the 8th, and so is one inside the site's header.
   */
  static String dateLine(Document page, String title) {
    if (page.body() == null) {
      return null;
    }
    DateOrder order = DateOrder.of(page);
    for (Element element : page.body().select(CssQueries.of("[class], [id]"))) {
      String names = element.className() + " " + element.id();
      if (!DATE_ELEMENT_NAME.matcher(names).find()) {
        continue; // before the text of the whole subtree, which costs more
      }
      String text = element.text();
      if (!text.isEmpty()
          && text.length() <= MAX_DATE_LINE_CHARS && !namedForOtherDate(element)
          && !inSiteHeader(element) && !HeadlineDates.isFarAboveHeadline(page, title, element)) {
        String date = plausible(order.resolve(text));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /**
   * Whether the element stands in the site's header ({@code <div id="header">}, "masthead"):
   * the day the page was served. An "entry-header" or "post-header" heads the article itself.
   */
  private static boolean inSiteHeader(Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      for (String name : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
        if (SITE_HEADER_NAMES.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the element or one inside it is named for another date: a "block-date" box may hold
   * a masthead's {@code <p id="todays-date">}.
   */
  static boolean namedForOtherDate(Element element) {
    for (Element e : element.getAllElements()) {
      if (OTHER_DATE_NAME.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return false;
  }
}
