package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;

/** Files that hold several articles: each entry becomes one article named {@code path#n}. */
class ContainerReadersTest {
  private static final ArticleReader READER = new ArticleReader();
  private static final String PAGE =
      "<html><head><title>Page %1$s</title></head><body><nav><a href='/'>Home</a></nav>"
          + "<article><h1>Page %1$s</h1><p>The story of page %1$s, told in a paragraph long enough"
          + " to be the article.</p></article><footer>Footer text</footer></body></html>";
  @TempDir Path dir;

  @Test
  void mboxGivesOneArticlePerMessage() throws IOException {
    String mbox = message("First story", "Mon, 2 Jan 2023 10:00:00 +0000", "One.\n>From the archive.")
        + message("Second story", "Tue, 3 Jan 2023 10:00:00 +0000", "Two.")
        + "From nobody Tue Jan  3 10:00:00 2023\nSubject: empty\n\n\n";
    CollectingHandler found = read("letters.mbox", mbox.getBytes(StandardCharsets.UTF_8));
    assertThat(found.articles).extracting(Article::source)
        .containsExactly(dir.resolve("letters.mbox") + "#1", dir.resolve("letters.mbox") + "#2");
    Article first = found.articles.get(0);
    assertThat(first.title()).isEqualTo("First story");
    assertThat(first.published()).isEqualTo("2023-01-02");
    assertThat(first.authors()).containsExactly("Ann Lee");
    assertThat(first.text()).contains("One.", "From the archive.").doesNotContain(">From");
    assertThat(found.failures).singleElement().asString().startsWith(dir.resolve("letters.mbox") + "#3: ");
  }

  @Test
  void rssGivesEachItemWithItsFullContent() throws IOException {
    String rss = "<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'"
        + " xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>Feed</title>"
        + "<item><title>Item one</title><link>https://example.org/2020/05/06/one</link>"
        + "<dc:creator>Ann Lee</dc:creator><description>Short teaser.</description>"
        + "<content:encoded><![CDATA[<p>Full text of one.</p><p>Second paragraph.</p>]]></content:encoded></item>"
        + "<item><title>Item two</title><pubDate>Thu, 07 May 2020 08:00:00 GMT</pubDate>"
        + "<description>&lt;p&gt;Only a description &amp;amp; no more.&lt;/p&gt;</description></item>"
        + "</channel></rss>";
    CollectingHandler found = read("news.rss", rss.getBytes(StandardCharsets.UTF_8));
    assertThat(found.failures).isEmpty();
    assertThat(found.articles).hasSize(2);
    Article one = found.articles.get(0);
    assertThat(one.source()).isEqualTo(dir.resolve("news.rss") + "#1");
    assertThat(one.text()).isEqualTo("Full text of one.\n\nSecond paragraph.");
    assertThat(one.published()).isEqualTo("2020-05-06");
    assertThat(one.authors()).containsExactly("Ann Lee");
    assertThat(found.articles.get(1).text()).isEqualTo("Only a description & no more.");
    assertThat(found.articles.get(1).published()).isEqualTo("2020-05-07");
  }

  @Test
  void atomGivesEachEntryWithHtmlOrXhtmlContent() throws IOException {
    String atom = "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        + "<title>Feed</title><entry><title>Entry one</title><published>2019-11-02T10:00:00Z</published>"
        + "<author><name>Bo Ek</name></author><content type='html'>&lt;p&gt;Escaped HTML.&lt;/p&gt;</content></entry>"
        + "<entry><title>Entry two</title><updated>2019-11-03T10:00:00Z</updated>"
        + "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>Inline XHTML.</p></div></content></entry>"
        + "</feed>";
    CollectingHandler found = read("news.atom", atom.getBytes(StandardCharsets.UTF_8));
    assertThat(found.articles).extracting(Article::text).containsExactly("Escaped HTML.", "Inline XHTML.");
    assertThat(found.articles).extracting(Article::published).containsExactly("2019-11-02", "2019-11-03");
    assertThat(found.articles.get(0).authors()).containsExactly("Bo Ek");
  }

  @Test
  void warcGivesOneArticlePerHtmlResponse() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    writeRecord(warc, "warcinfo", null, "application/warc-fields", "software: test\r\n");
    writeRecord(warc, "response", "https://example.org/2021/03/04/a", "application/http; msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE.formatted("A"));
    writeRecord(warc, "response", "https://example.org/logo.png", "application/http; msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG");
    writeRecord(warc, "response", "https://example.org/b", "application/http; msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.formatted("B"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(warc.toByteArray());
    }
    CollectingHandler found = read("crawl.warc.gz", gz.toByteArray());
    assertThat(found.failures).isEmpty();
    assertThat(found.articles).extracting(Article::title).containsExactly("Page A", "Page B");
    assertThat(found.articles.get(0).source()).isEqualTo(dir.resolve("crawl.warc.gz") + "#1");
    assertThat(found.articles.get(0).published()).isEqualTo("2021-03-04");
    assertThat(found.articles.get(1).published()).isEqualTo("2020-01-02");
    assertThat(found.articles.get(1).text()).isEqualTo(
        "Page B\n\nThe story of page B, told in a paragraph long enough to be the article.");
  }

  @Test
  void zipAndTarGzArchivesAreReadEntryByEntry() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("a.html", PAGE.formatted("A"));
    entries.put(".hidden/b.txt", "Hidden\n\nText.");
    entries.put("sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"From JSON Lines.\"}\n");
    entries.put("d.docx", "PK\u0003\u0004 broken");
    CollectingHandler zip = read("bundle.zip", zip(entries));
    assertThat(zip.articles).extracting(Article::source).containsExactly(
        dir.resolve("bundle.zip") + "#a.html", dir.resolve("bundle.zip") + "#sub/c.jsonl#c1");
    assertThat(zip.failures).singleElement().asString().startsWith(dir.resolve("bundle.zip") + "#d.docx: ");

    CollectingHandler tar = read("bundle.tar.gz", tarGz(entries));
    assertThat(tar.articles).extracting(Article::id).isEqualTo(zip.articles.stream().map(Article::id).toList());
  }

  @Test
  void epubLeavesOutNavigationAndTitlePage() throws IOException {
    Map<String, String> book = new LinkedHashMap<>();
    book.put("mimetype", "application/epub+zip");
    book.put("META-INF/container.xml", "<container><rootfiles><rootfile full-path='OPS/book.opf'/></rootfiles></container>");
    book.put("OPS/book.opf", "<package xmlns:dc='http://purl.org/dc/elements/1.1/'><metadata>"
        + "<dc:title>Book story</dc:title><dc:creator>Ann Lee</dc:creator><dc:date>2018-06-07</dc:date></metadata>"
        + "<manifest><item id='nav' href='nav.xhtml' properties='nav'/><item id='title_page' href='title.xhtml'/>"
        + "<item id='ch1' href='text/ch1.xhtml'/></manifest>"
        + "<spine><itemref idref='title_page'/><itemref idref='nav'/><itemref idref='ch1'/></spine></package>");
    book.put("OPS/nav.xhtml", "<html><body><nav><ol><li>Chapter 1</li></ol></nav></body></html>");
    book.put("OPS/title.xhtml", "<html><body><h1>Book story</h1><p>Ann Lee</p></body></html>");
    book.put("OPS/text/ch1.xhtml", "<html><body><h1>Book story</h1><p>The chapter text.</p></body></html>");
    Article article = read("book.epub", zip(book)).only();
    assertThat(article.title()).isEqualTo("Book story");
    assertThat(article.authors()).containsExactly("Ann Lee");
    assertThat(article.published()).isEqualTo("2018-06-07");
    assertThat(article.text()).isEqualTo("Book story\n\nThe chapter text.");
  }

  private static String message(String subject, String date, String body) {
    return "From ann@example.org Mon Jan  2 10:00:00 2023\n"
        + "From: \"Ann Lee\" <ann@example.org>\nSubject: " + subject + "\nDate: " + date
        + "\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n\n";
  }

  private static void writeRecord(ByteArrayOutputStream out, String type, String uri, String contentType,
      String block) throws IOException {
    byte[] body = block.getBytes(StandardCharsets.UTF_8);
    String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Date: 2020-01-02T03:04:05Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    out.write(header.getBytes(StandardCharsets.UTF_8));
    out.write(body);
    out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] tarGz(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
        tarEntry.setSize(content.length);
        tar.putArchiveEntry(tarEntry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private CollectingHandler read(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    return found;
  }
}
