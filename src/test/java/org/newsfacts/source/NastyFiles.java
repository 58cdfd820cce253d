package org.newsfacts.source;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds the broken and hostile files real corpora hold, small on disk and made at test time so
 * nothing large or nasty is committed. Shared by the reader and the command-line tests.
 */
public final class NastyFiles {
  /** What the XXE file's entity points at; it must never appear in any output. */
  public static final String SECRET = "TOP-SECRET-PASSWORD-4711";

  private NastyFiles() {}

  /** A PDF of one page holding {@code line}; encrypted with a user password when asked. */
  public static byte[] pdf(String line, boolean encrypted) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
      }
      if (encrypted) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-password", "user-password", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** The first half of a valid PDF: a download cut off midway. */
  public static byte[] truncatedPdf() throws IOException {
    byte[] whole = pdf("This document was cut off in the middle of its transfer.", false);
    return Arrays.copyOf(whole, whole.length / 2);
  }

  /** Bytes that are no format at all, the same on every run. */
  public static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  /**
   * A ZIP archive of about 2 MB whose one entry unpacks to {@code gigabytes} GB of zeros (at most
   * 3). Built from deflate blocks repeated rather than by compressing gigabytes, so it takes a
   * second: after a sync flush, every further megabyte of zeros compresses to the same bytes.
   */
  public static void zipBomb(Path file, int gigabytes) throws IOException {
    long megabytes = gigabytes * 1024L;
    Deflater deflater = new Deflater(9, true);
    byte[] zeros = new byte[1 << 20];
    byte[] first = deflateMegabyte(deflater, zeros);
    byte[] steady = deflateMegabyte(deflater, zeros);
    if (!Arrays.equals(steady, deflateMegabyte(deflater, zeros))) {
      throw new IllegalStateException("deflate output of zeros did not settle");
    }
    deflater.finish();
    byte[] end = drain(deflater, Deflater.NO_FLUSH);
    deflater.end();
    CRC32 crc = new CRC32();
    for (long i = 0; i < megabytes; i++) {
      crc.update(zeros);
    }
    long compressed = first.length + steady.length * (megabytes - 1) + end.length;
    byte[] name = "zeros.txt".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      ByteBuffer local = header(0x04034b50, 30, name, crc.getValue(), compressed, megabytes << 20);
      out.write(local.array());
      out.write(first);
      for (long i = 1; i < megabytes; i++) {
        out.write(steady);
      }
      out.write(end);
      long centralOffset = 30 + name.length + compressed;
      ByteBuffer central = header(0x02014b50, 46, name, crc.getValue(), compressed, megabytes << 20);
      out.write(central.array());
      ByteBuffer last = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
      last.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1)
          .putShort((short) 1).putInt(46 + name.length).putInt((int) centralOffset).putShort((short) 0);
      out.write(last.array());
    }
  }

  private static byte[] deflateMegabyte(Deflater deflater, byte[] zeros) {
    deflater.setInput(zeros);
    return drain(deflater, Deflater.SYNC_FLUSH);
  }

  private static byte[] drain(Deflater deflater, int flush) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
    } while (n == buffer.length || (flush == Deflater.NO_FLUSH && !deflater.finished()));
    return out.toByteArray();
  }

  /** A local (30 bytes) or central (46 bytes) ZIP header of one deflated entry at offset 0. */
  private static ByteBuffer header(int signature, int size, byte[] name, long crc, long compressed,
      long uncompressed) {
    ByteBuffer b = ByteBuffer.allocate(size + name.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(signature);
    if (size == 46) {
      b.putShort((short) 20); // version made by
    }
    b.putShort((short) 20).putShort((short) 0).putShort((short) 8); // version, flags, deflate
    b.putShort((short) 0).putShort((short) 0x21); // time, date: 1980-01-01
    b.putInt((int) crc).putInt((int) compressed).putInt((int) uncompressed);
    b.putShort((short) name.length).putShort((short) 0); // name, extra
    if (size == 46) {
      b.putShort((short) 0).putShort((short) 0).putShort((short) 0); // comment, disk, internal
      b.putInt(0).putInt(0); // external attributes, local header offset
    }
    b.put(name);
    return b;
  }

  /** A web page whose article sits inside {@code depth} nested elements. */
  public static String deepHtml(int depth) {
    return "<html><head><title>Deep page</title></head><body>"
        + "<div>".repeat(depth)
        + "<p>Text at the bottom of a very deep page.</p>"
        + "</div>".repeat(depth)
        + "</body></html>";
  }

  /** An XML document whose external entity points at {@code secretFile}. */
  public static String externalEntityXml(Path secretFile) {
    return "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE article [<!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>\n"
        + "<article><title>Entity test</title><p>Before the entity. &secret; After it.</p></article>\n";
  }

  /** An RSS feed whose item text pulls in {@code secretFile} through an external entity. */
  public static String externalEntityFeed(Path secretFile) {
    return "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>\n"
        + "<rss><channel><item><title>Feed entity test</title>"
        + "<description>Before the entity. &secret; After it.</description></item></channel></rss>\n";
  }

  /** A text file of {@code megabytes} MB of ordinary sentences. */
  public static void hugeText(Path file, int megabytes) throws IOException {
    byte[] sentence = "The council met again on Tuesday to discuss the budget. "
        .getBytes(StandardCharsets.US_ASCII);
    long wanted = megabytes * 1024L * 1024L;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("A very long report\n\n".getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < wanted; written += sentence.length) {
        out.write(sentence);
      }
    }
  }
}
