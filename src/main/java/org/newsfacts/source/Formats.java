package org.newsfacts.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Picks the reader for a document: by file extension first, then by a look at the first bytes
 * for files without a telling name; Tika takes everything else. Containers (mailboxes, feeds,
 * archives) call back into {@link #read} for their entries.
 */
final class Formats {
  private final FormatReader jsonLines;
  private final FormatReader plainText;
  private final FormatReader html;
  private final FormatReader tika;

  Formats(ReaderOptions options) {
    ArticleFactory articles = new ArticleFactory(options);
    this.jsonLines = new JsonLinesReader(articles);
    this.plainText = new PlainTextReader(articles);
    this.html = new HtmlArticleReader(articles);
    this.tika = new TikaDocumentReader(articles, options);
  }

  void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    readerFor(document).read(document, handler);
  }

  private FormatReader readerFor(SourceDocument document) {
    String name = document.name().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return jsonLines;
    }
    if (name.endsWith(".txt") || name.endsWith(".text") || PlainTextReader.isMarkdown(name)) {
      return plainText;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
        || name.endsWith(".shtml")) {
      return html;
    }
    return looksLikeHtml(document.bytes()) ? html : tika;
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
