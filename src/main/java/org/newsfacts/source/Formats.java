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
  private final FormatReader mbox;
  private final FormatReader feed;
  private final FormatReader warc;
  private final FormatReader archive;
  private final FormatReader epub;

  Formats(ReaderOptions options) {
    ArticleFactory articles = new ArticleFactory(options);
    HtmlArticleReader htmlReader = new HtmlArticleReader(articles);
    this.jsonLines = new JsonLinesReader(articles, options);
    this.plainText = new PlainTextReader(articles);
    this.html = htmlReader;
    this.tika = new TikaDocumentReader(articles, options);
    this.mbox = new MboxReader(this);
    this.feed = new FeedReader(articles);
    this.warc = new WarcArticleReader(htmlReader, options);
    this.archive = new ArchiveReader(this, options);
    this.epub = new EpubReader(articles, options);
  }

  void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    String program = ProgramFiles.kind(document.name(), document.bytes());
    if (program != null) {
      handler.skipped(document.source(), program + ", not an article");
      return;
    }
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
    if (name.endsWith(".mbox") || name.endsWith(".mbx")) {
      return mbox;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return feed;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return warc;
    }
    if (name.endsWith(".epub")) {
      return epub;
    }
    if (ArchiveReader.isArchive(name)) {
      return archive;
    }
    String head = head(document.bytes());
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return html;
    }
    if (head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed"))
        || head.startsWith("<rss") || head.startsWith("<feed")) {
      return feed;
    }
    if (head.startsWith("warc/")) {
      return warc;
    }
    return head.startsWith("from ") && head.contains("\nfrom:") ? mbox : tika;
  }

  /** The first kilobyte, lower case, without leading whitespace or byte order mark. */
  private static String head(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    return head.stripLeading().toLowerCase(Locale.ROOT);
  }
}
