package org.newsfacts.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC, plain or gzipped): every HTML response record is one article named
 * {@code path#n} (from 1, counting HTML responses), read as a web page whose URL is the record's
 * target. A page that gives no date of its own is dated by its capture.
 */
final class WarcArticleReader implements FormatReader {
  private final HtmlArticleReader html;
  private final long maxRecordBytes;

  WarcArticleReader(HtmlArticleReader html, ReaderOptions options) {
    this.html = html;
    this.maxRecordBytes = options.maxFileBytes();
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    int number = 0;
    try (WarcReader warc = new WarcReader(new ByteArrayInputStream(document.bytes()))) {
      for (WarcRecord record : warc) {
        if (!(record instanceof WarcResponse response) || !isHtml(response)) {
          continue;
        }
        number++;
        String source = document.source() + "#" + number;
        WarcPayload payload = response.payload().orElse(null);
        if (payload == null) {
          handler.failed(source, "could not read", "response without payload");
          continue;
        }
        byte[] page = readAll(payload.body().stream());
        String captured = record.date() == null ? null : record.date().toString();
        try {
          html.read(new SourceDocument(source, "page.html", page), response.target(), captured, handler);
        } catch (ReadFailure e) {
          handler.failed(source, e.what(), e.why());
        }
      }
    } catch (IOException | RuntimeException e) {
      if (number == 0) {
        throw new ReadFailure("could not parse", "invalid WARC: " + e.getMessage());
      }
      handler.failed(document.source(), "could not read all records", String.valueOf(e.getMessage()));
    }
    if (number == 0) {
      throw new ReadFailure("could not parse", "no HTML response records");
    }
  }

  private static boolean isHtml(WarcResponse response) throws IOException {
    MediaType type = response.payloadType();
    String subtype = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    return subtype.equals("text/html") || subtype.equals("application/xhtml+xml");
  }

  private byte[] readAll(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
    if (bytes.length > maxRecordBytes) {
      throw new IOException("record larger than " + maxRecordBytes + " bytes");
    }
    return bytes;
  }
}
