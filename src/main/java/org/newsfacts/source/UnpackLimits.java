package org.newsfacts.source;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Unpacks container entries (archives, EPUB) without letting a zip bomb fill memory: an entry
 * fails as soon as it unpacks beyond the file size limit, or beyond {@value #MAX_RATIO} times the
 * compressed bytes it took, which text never does and a bomb does within its first megabyte.
 */
final class UnpackLimits {
  static final int MAX_RATIO = 100;
  // Below this an entry may compress as well as it likes: a page of spaces is not a bomb.
  private static final long RATIO_FREE_BYTES = 1L << 20;

  private final long maxEntryBytes;

  UnpackLimits(long maxEntryBytes) {
    this.maxEntryBytes = maxEntryBytes;
  }

  /** Wraps a container's raw bytes so that {@link #unpack} can tell how much each entry took. */
  static Counting counting(InputStream raw) {
    return new Counting(raw);
  }

  /**
   * Reads the current entry of {@code entry}, a decompressing stream over {@code compressed}.
   *
   * @param name the entry's name, for the message
   *
   * @throws ReadFailure when the entry unpacks too far
   */
  byte[] unpack(InputStream entry, Counting compressed, String name) throws IOException, ReadFailure {
    long start = compressed.count;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
      total += n;
      if (total > maxEntryBytes) {
        throw new ReadFailure(
            "could not read", "entry " + name + " unpacks to more than " + maxEntryBytes + " bytes");
      }
      long taken = Math.max(1, compressed.count - start);
      if (total > RATIO_FREE_BYTES && total > MAX_RATIO * taken) {
        throw new ReadFailure(
            "could not read",
            "entry " + name + " unpacks to over " + MAX_RATIO
                + " times its compressed size (a zip bomb?)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Counts the bytes read through it. */
  static final class Counting extends FilterInputStream {
    private long count;

    private Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
