package org.newsfacts.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where an article stands in the order {@code ingest} reads its inputs: the file's place in the
 * listing, the line within a JSON Lines file (0 for other files), then the article within the
 * file or line (a mailbox or feed holds several). The same article found twice is kept where it
 * comes first, as {@code ingest} keeps it.
 */
record InputOrder(int file, long line, int entry) implements Serializable, Comparable<InputOrder> {
  private static final Comparator<InputOrder> ORDER =
      Comparator.comparingInt(InputOrder::file)
          .thenComparingLong(InputOrder::line)
          .thenComparingInt(InputOrder::entry);

  @Override
  public int compareTo(InputOrder other) {
    return ORDER.compare(this, other);
  }

  InputOrder withEntry(int entry) {
    return new InputOrder(file, line, entry);
  }
}
