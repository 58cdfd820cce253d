package org.newsfacts.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * EPUB books as one article: the documents of the spine in reading order, leaving out the
 * navigation document, cover and title pages (which only repeat the metadata); title, author
 * and date from the package's Dublin Core metadata.
 */
final class EpubReader implements FormatReader {
  private static final Pattern FRONT_MATTER = Pattern.compile("cover|title.?page|titlepage|toc|nav");
  private static final long MAX_BOOK_BYTES = 256L * 1024 * 1024;
  private final ArticleFactory articles;
  private final UnpackLimits limits;

  EpubReader(ArticleFactory articles, ReaderOptions options) {
    this.articles = articles;
    this.limits = new UnpackLimits(Math.min(options.maxFileBytes(), MAX_BOOK_BYTES));
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    Map<String, byte[]> files = unzip(document.bytes());
    byte[] container = files.get("META-INF/container.xml");
    Element rootfile = container == null ? null : xml(container).selectFirst(CssQueries.of("rootfile[full-path]"));
    byte[] opfBytes = rootfile == null ? null : files.get(rootfile.attr("full-path"));
    if (opfBytes == null) {
      throw new ReadFailure("could not parse", "EPUB without package document");
    }
    String opfPath = rootfile.attr("full-path");
    String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
    Document opf = xml(opfBytes);
    List<Element> content = new ArrayList<>();
    for (Element itemref : opf.getElementsByTag("itemref")) {
      Element item = opf.selectFirst("item[id=" + itemref.attr("idref") + "]");
      if (item == null || item.attr("properties").contains("nav")
          || FRONT_MATTER.matcher((item.attr("id") + " " + item.attr("href")).toLowerCase(Locale.ROOT)).find()) {
        continue;
      }
      byte[] page = files.get(base + item.attr("href"));
      if (page != null) {
        Document xhtml = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        xhtml.select(CssQueries.of("nav, script, style")).remove();
        if (!xhtml.body().attr("epub:type").contains("frontmatter")) {
          content.add(xhtml.body());
        }
      }
    }
    String text = BlockText.join(BlockText.blocks(content));
    articles.emit(handler, document.source(), null, meta(opf, "dc:title"),
        metas(opf, "dc:creator"), meta(opf, "dc:date"), text);
  }

  private static String meta(Document opf, String tag) {
    Element e = opf.getElementsByTag(tag).first();
    return e == null ? null : e.text();
  }

  private static List<String> metas(Document opf, String tag) {
    List<String> values = new ArrayList<>();
    opf.getElementsByTag(tag).forEach(e -> values.add(e.text()));
    return values;
  }

  private static Document xml(byte[] bytes) {
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
  }

  private Map<String, byte[]> unzip(byte[] bytes) throws ReadFailure {
    Map<String, byte[]> files = new HashMap<>();
    long total = 0;
    UnpackLimits.Counting raw = UnpackLimits.counting(new ByteArrayInputStream(bytes));
    try (ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] data = limits.unpack(zip, raw, entry.getName());
        total += data.length;
        if (total > MAX_BOOK_BYTES) {
          throw new ReadFailure("could not read", "EPUB unpacks to more than 256 MB");
        }
        files.put(entry.getName(), data);
      }
    } catch (IOException | RuntimeException e) {
      throw new ReadFailure("could not parse", "invalid EPUB: " + e.getMessage());
    }
    return files;
  }
}
