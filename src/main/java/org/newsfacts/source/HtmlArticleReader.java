package org.newsfacts.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Web pages: metadata from the whole page, text from the main-content extractor. The encoding
 * comes from the BOM, else UTF-8 when the bytes are valid UTF-8 with non-ASCII characters, else
 * the page's {@code <meta charset>}, else Windows-1252.
 */
final class HtmlArticleReader implements FormatReader {
  private final ArticleFactory articles;

  HtmlArticleReader(ArticleFactory articles) {
    this.articles = articles;
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    read(document, null, null, handler);
  }

  /**
   * Reads a page fetched from {@code url} (which may hold the date), dated {@code fallbackDate}
   * when the page gives no date of its own; both may be {@code null}.
   */
  void read(SourceDocument document, String url, String fallbackDate, ArticleHandler handler)
      throws ReadFailure {
    Document page = parse(document.bytes());
    HtmlMetadata meta = HtmlMetadata.of(page, url);
    // Read before extraction cleans the page of the byline and date lines around the headline.
    String underHeadline = meta.published() == null ? HeadlineDates.underHeadline(page, meta.title()) : null;
    String labelled = meta.published() == null && underHeadline == null ? LabelledDates.first(page) : null;
    String underByline = meta.published() == null ? HeadlineDates.underByline(page) : null;
    MainContentExtractor.Extraction found = ArticleTextChain.extract(page, meta.title());
    if (Headlines.withoutHeadline(found.text(), meta.title()).isBlank()) {
      // A headline alone is no article, and every such page would share the id of the empty
      // text: all but the first would vanish as "duplicates" of it.
      throw new ReadFailure("no article text", meta.title() == null
          ? "the document holds no text" : "only the headline, no body text");
    }
    String text = withHeadline(found.text(), meta.title());
    String published = meta.published();
    if (published == null) {
      published = PageDates.plausible(found.dateLine());
    }
    if (published == null) {
      published = PageDates.dateLine(page, meta.title());
    }
    if (published == null) {
      published = underHeadline;
    }
    if (published == null) {
      published = labelled;
    }
    if (published == null) {
      // "Tucson, Arizona | Published: 01.09.2008" is 9 January there: a day and month that could
      // be either way round are no date, here as around the headline.
      List<String> firstLines = PlainTextReader.firstLines(text).stream()
          .filter(line -> !HeadlineDates.isAmbiguous(line))
          .toList();
      published = PageDates.plausible(PlainTextReader.dateLine(firstLines));
    }
    if (published == null) {
      published = LeadDatelines.of(PlainTextReader.firstLines(text));
    }
    if (published == null) {
      published = HeadlineDates.aboveHeadline(page, meta.title());
    }
    if (published == null) {
      published = underByline;
    }
    if (published == null) {
      published = YearlessDates.of(page, url);
    }
    if (published == null) {
      published = PageDates.lastModified(page);
    }
    if (published == null) {
      published = fallbackDate;
    }
    articles.emit(handler, document.source(), null, meta.title(), meta.authors(), published, text);
  }

  /**
   * The headline as the text's first paragraph, as in a PDF or a text file of the same story, so
   * facts in the headline are found and every format gives the same text. Pages without {@code
   * <h1>} often repeat the title in the body already.
   */
  private static String withHeadline(String text, String title) {
    String headline = TextCleanup.inline(title);
    if (headline == null || headline.isEmpty() || Headlines.startsWith(text, headline)) {
      return text;
    }
    return headline + "\n\n" + text;
  }

  static Document parse(byte[] bytes) throws ReadFailure {
    try {
      String declared = DeclaredCharset.of(bytes);
      // Servers often label UTF-8 pages with a stale <meta> charset (Latin-1, GB2312) and send
      // the right one in the HTTP header; non-ASCII bytes that form valid UTF-8 are almost never
      // text in another encoding, so they win over the label, as they do in the text reader.
      Document page = declared != null && !TextDecoding.isMultibyteUtf8(bytes)
          ? Jsoup.parse(new ByteArrayInputStream(bytes), declared, "")
          : Jsoup.parse(TextDecoding.decode(bytes));
      return UnclosedTitle.swallowedPage(page) ? UnclosedTitle.reparse(page) : page;
    } catch (IOException | RuntimeException e) {
      throw new ReadFailure("could not parse", "invalid HTML: " + e.getMessage());
    }
  }
}
