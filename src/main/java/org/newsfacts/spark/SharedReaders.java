package org.newsfacts.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsfacts.source.ArticleReader;
import org.newsfacts.source.ReaderOptions;

/**
 * One {@link ArticleReader} per set of limits and JVM: its parsers are set up once per executor,
 * not once per task or file, and it is thread-safe, so concurrent tasks share it.
 */
final class SharedReaders {
  private static final Map<ReaderOptions, ArticleReader> READERS = new ConcurrentHashMap<>();

  private SharedReaders() {}

  static ArticleReader reader(ReaderOptions options) {
    return READERS.computeIfAbsent(options, ArticleReader::new);
  }

  /** For listing files, which no limit affects. */
  static ArticleReader listing() {
    return reader(ReaderOptions.defaults());
  }
}
