package org.newsfacts.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsfacts.entities.EntityAliases;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.IndexFormat;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.pipeline.StoryCopies;
import org.newsfacts.search.FactSearcher;

/**
 * The server's index: one {@link FactIndexWriter} for every upload (unless read-only) and a
 * reader over the last commit, reopened right after each commit, so an article is searchable as
 * soon as its upload is answered. Searches share one {@link FactSearcher} per reader; a reader
 * stays open while any search still uses it (Lucene's {@link ReaderManager} counts them).
 */
final class LiveIndex implements Closeable {
  // A read-only server picks up what an ingest beside it commits, checking at most this often.
  private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;

  private final Path dir;
  private final FactIndexWriter writer;
  private final Directory directory;
  private final ReaderManager readers;
  private volatile Current current;
  private volatile long lastRefresh = System.nanoTime();

  private record Current(DirectoryReader reader, FactSearcher searcher) {}

  private LiveIndex(Path dir, FactIndexWriter writer, Directory directory, ReaderManager readers) {
    this.dir = dir;
    this.writer = writer;
    this.directory = directory;
    this.readers = readers;
  }

  /**
   * Opens the index at {@code dir}; a writable one is created when missing.
   *
   * @throws NotAnIndexException with a one-line message when {@code dir} cannot be served
   */
  static LiveIndex open(Path dir, boolean readOnly) throws IOException {
    FactIndexWriter writer = readOnly ? null : FactIndexWriter.open(dir, false);
    Directory directory = null;
    try {
      if (!Files.isDirectory(dir)) {
        throw new NotAnIndexException("no index at " + dir + " (run 'newsfacts ingest' first)");
      }
      directory = FSDirectory.open(dir);
      IndexFormat.checkReadable(directory, dir);
      return new LiveIndex(dir, writer, directory, new ReaderManager(directory));
    } catch (IOException | RuntimeException e) {
      closeAll(e, writer, directory);
      throw e;
    }
  }

  boolean readOnly() {
    return writer == null;
  }

  Path dir() {
    return dir;
  }

  /** Runs {@code work} against the last commit; the reader stays open until it returns. */
  <T> T search(Function<FactSearcher, T> work) {
    try {
      refreshIfReadOnly();
      DirectoryReader reader = readers.acquire();
      try {
        return work.apply(searcherOver(reader));
      } finally {
        readers.release(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + dir, e);
    }
  }

  /** True when an article with this id and content is indexed already (nothing to extract). */
  boolean isCurrent(Article article) {
    return writer.isCurrent(article);
  }

  /**
   * Adds the articles, commits, and reopens the reader, so every search that starts after this
   * returns sees them. Each article's block of documents is added atomically.
   */
  void addAndCommit(Collection<ExtractedArticle> articles) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("read-only");
    }
    // With its story's signature, so that a later ingest knows a near copy of an upload.
    articles.forEach(a -> writer.add(a, StoryCopies.signature(a.text()).minHashes()));
    writer.commit();
    // Blocking: waits for a refresh already under way, then opens this commit (or a later one).
    readers.maybeRefreshBlocking();
  }

  private FactSearcher searcherOver(DirectoryReader reader) {
    Current now = current;
    if (now == null || now.reader() != reader) {
      // Two threads may both build one for a new reader; either serves, the other is dropped.
      // Each reader gets its own view of the entity table, so a table saved since is read anew.
      now = new Current(reader, FactSearcher.over(reader, new EntityAliases(dir)));
      current = now;
    }
    return now.searcher();
  }

  private void refreshIfReadOnly() throws IOException {
    long now = System.nanoTime();
    if (writer == null && now - lastRefresh > READ_ONLY_REFRESH_NANOS) {
      lastRefresh = now;
      readers.maybeRefresh(); // returns at once when another thread is refreshing
    }
  }

  /** Commits what was added and releases the index. */
  @Override
  public void close() throws IOException {
    current = null;
    IOException failure = new IOException("cannot close index " + dir);
    closeAll(failure, readers, writer, directory);
    if (failure.getSuppressed().length > 0) {
      throw failure;
    }
  }

  /** Closes each (nulls skipped), adding what fails to {@code failure}. */
  private static void closeAll(Exception failure, Closeable... all) {
    for (Closeable c : all) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
