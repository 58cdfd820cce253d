package org.newsfacts.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Web pages: metadata from the whole page, text from the main-content extractor. The encoding
 * comes from the BOM or the page's {@code <meta charset>}, else UTF-8 with a Windows-1252
 * fallback.
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
    MainContentExtractor.Extraction found = MainContentExtractor.extract(page);
    String text = withoutHeadline(found.text(), meta.title());
    String published = meta.published();
    if (published == null) {
      published = found.dateLine();
    }
    if (published == null) {
      published = PlainTextReader.dateLine(PlainTextReader.firstLines(text));
    }
    if (published == null) {
      published = fallbackDate;
    }
    articles.emit(handler, document.source(), null, meta.title(), meta.authors(), published, text);
  }

  /** Pages without {@code <h1>} often repeat the title as the text's first paragraph. */
  private static String withoutHeadline(String text, String title) {
    int end = text.indexOf("\n\n");
    if (title == null || end < 0) {
      return text;
    }
    String first = TextCleanup.inline(text.substring(0, end));
    return first.equalsIgnoreCase(TextCleanup.inline(title)) ? text.substring(end + 2) : text;
  }

  static Document parse(byte[] bytes) throws ReadFailure {
    try {
      String declared = DeclaredCharset.of(bytes);
      if (declared != null) {
        return Jsoup.parse(new ByteArrayInputStream(bytes), declared, "");
      }
      return Jsoup.parse(TextDecoding.decode(bytes));
    } catch (IOException | RuntimeException e) {
      throw new ReadFailure("could not parse", "invalid HTML: " + e.getMessage());
    }
  }
}
