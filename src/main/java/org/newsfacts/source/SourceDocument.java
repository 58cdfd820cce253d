package org.newsfacts.source;

import java.util.Objects;

/**
 * One file, or one entry of a container, waiting to be read.
 *
 * @param source what articles from it are called: the path as given, or {@code path#n}
 * @param name the file name, whose extension picks the reader
 * @param bytes the content
 */
record SourceDocument(String source, String name, byte[] bytes) {
  SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }
}
