package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS and Atom feeds: every item or entry is one article named {@code path#n} (from 1), its text
 * the full content ({@code content:encoded}, Atom {@code content}) or else the summary.
 */
final class FeedReader implements FormatReader {
  private final ArticleFactory articles;

  FeedReader(ArticleFactory articles) {
    this.articles = articles;
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    Document feed = Jsoup.parse(TextDecoding.decode(document.bytes()), "", Parser.xmlParser());
    List<Element> items = feed.getElementsByTag("item");
    if (items.isEmpty()) {
      items = feed.getElementsByTag("entry");
    }
    if (items.isEmpty()) {
      throw new ReadFailure("could not parse", "no RSS items or Atom entries");
    }
    int number = 0;
    for (Element item : items) {
      number++;
      String source = document.source() + "#" + number;
      String content = first(item, "content:encoded", "content", "description", "summary");
      String text = content == null ? "" : BlockText.join(BlockText.blocks(
          List.of(Jsoup.parseBodyFragment(content).body())));
      String published = first(item, "pubDate", "published", "dc:date", "updated");
      String link = first(item, "link");
      if (link == null || link.isBlank()) {
        Element atomLink = item.selectFirst(CssQueries.of("link[href]"));
        link = atomLink == null ? null : atomLink.attr("href");
      }
      if (published == null || PublishedDates.parse(published) == null) {
        published = PublishedDates.fromUrl(link);
      }
      articles.emit(handler, source, null, first(item, "title"), authors(item), published, text);
    }
  }

  private static List<String> authors(Element item) {
    List<String> names = new ArrayList<>();
    for (Element author : item.getElementsByTag("author")) {
      Element name = author.getElementsByTag("name").first();
      names.add(name != null ? name.text() : author.text());
    }
    for (Element creator : item.getElementsByTag("dc:creator")) {
      names.add(creator.text());
    }
    return names;
  }

  /** The content of the first child element present; XHTML content keeps its markup. */
  private static String first(Element item, String... tags) {
    for (String tag : tags) {
      for (Element e : item.getElementsByTag(tag)) {
        if (e.parent() != item) {
          continue;
        }
        String value = e.children().isEmpty() ? e.wholeText() : e.html();
        if (!value.isBlank()) {
          return value.strip();
        }
      }
    }
    return null;
  }
}
