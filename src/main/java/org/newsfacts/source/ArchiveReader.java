package org.newsfacts.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * ZIP, TAR and TAR.GZ archives: every file inside is read as if it stood on disk, named
 * {@code path#entry/name}; hidden entries (and macOS resource forks) are skipped. Archives nest
 * at most {@value #MAX_DEPTH} deep, and entries unpack within {@link UnpackLimits}, so a zip bomb
 * fails within its first megabyte instead of filling memory.
 */
final class ArchiveReader implements FormatReader {
  static final int MAX_DEPTH = 3;
  private final Formats formats;
  private final UnpackLimits limits;

  ArchiveReader(Formats formats, ReaderOptions options) {
    this.formats = formats;
    this.limits = new UnpackLimits(options.maxFileBytes());
  }

  static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip") || lower.endsWith(".tar") || lower.endsWith(".tar.gz")
        || lower.endsWith(".tgz");
  }

  @Override
  public void read(SourceDocument document, ArticleHandler handler) throws ReadFailure {
    if (document.source().chars().filter(c -> c == '#').count() >= MAX_DEPTH) {
      throw new ReadFailure("could not read", "archives nested too deeply");
    }
    String name = document.name().toLowerCase(Locale.ROOT);
    int entries;
    try (UnpackLimits.Counting in = UnpackLimits.counting(new ByteArrayInputStream(document.bytes()))) {
      entries = name.endsWith(".zip") ? readZip(document, in, handler) : readTar(document, in, handler);
    } catch (IOException | RuntimeException e) {
      throw new ReadFailure("could not parse", "invalid archive: " + e.getMessage());
    }
    if (entries == 0) {
      throw new ReadFailure("could not parse", "empty archive");
    }
  }

  private int readZip(SourceDocument archive, UnpackLimits.Counting in, ArticleHandler handler)
      throws IOException, ReadFailure {
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory() && !isHidden(entry.getName())) {
          count++;
          readEntry(archive, entry.getName(), zip, in, handler);
        }
      }
    }
    return count;
  }

  private int readTar(SourceDocument archive, UnpackLimits.Counting in, ArticleHandler handler)
      throws IOException, ReadFailure {
    String name = archive.name().toLowerCase(Locale.ROOT);
    InputStream raw = name.endsWith(".tar") ? in : new GZIPInputStream(in);
    int count = 0;
    try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.isFile() && !isHidden(entry.getName())) {
          count++;
          readEntry(archive, entry.getName(), tar, in, handler);
        }
      }
    }
    return count;
  }

  private void readEntry(
      SourceDocument archive,
      String entryName,
      InputStream entry,
      UnpackLimits.Counting compressed,
      ArticleHandler handler)
      throws IOException, ReadFailure {
    String source = archive.source() + "#" + entryName;
    int slash = entryName.lastIndexOf('/');
    // An entry that unpacks too far ends the archive: skipping to the next entry would mean
    // inflating the rest of it anyway.
    byte[] bytes = limits.unpack(entry, compressed, entryName);
    try {
      formats.read(new SourceDocument(source, entryName.substring(slash + 1), bytes), handler);
    } catch (ReadFailure e) {
      handler.failed(source, e.what(), e.why());
    }
  }

  private static boolean isHidden(String entryName) {
    for (String part : entryName.split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }
}
