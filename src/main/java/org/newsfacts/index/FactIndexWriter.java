package org.newsfacts.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;

/**
 * Adds extracted articles to the index at a folder, one block of documents per article (see the
 * package documentation). Thread-safe: ingest may add from several threads. Changes become
 * durable at {@link #commit()} and at {@link #close()}.
 */
public final class FactIndexWriter implements Closeable {
  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final IndexSnapshot snapshot;
  // What this writer added, so isCurrent stays right without reopening a reader per article.
  private final Map<String, String> addedFingerprints = new ConcurrentHashMap<>();
  private final Set<String> addedSources = ConcurrentHashMap.newKeySet();

  private FactIndexWriter(Path path, Directory directory, IndexWriter writer, IndexSnapshot snap) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.snapshot = snap;
  }

  /**
   * Opens the index at {@code dir}, creating the folder and an empty index where there is none.
   *
   * @param rebuild start from an empty index, dropping what {@code dir} held
   * @throws NotAnIndexException when {@code dir} holds other files, is locked by another
   *     process, or holds an index this version cannot write
   */
  public static FactIndexWriter open(Path dir, boolean rebuild) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (!exists && !IndexFormat.isEmpty(dir)) {
        throw new NotAnIndexException(
            dir + " is not a Newsfacts index and not empty; refusing to write into it");
      }
      if (exists && !rebuild) {
        IndexFormat.checkReadable(directory, dir);
      }
      IndexWriter writer = new IndexWriter(directory, config(exists && !rebuild));
      writer.setLiveCommitData(IndexFormat.commitData().entrySet());
      if (!exists || rebuild) {
        writer.commit(); // Searchers may open the index before the first article is committed.
      }
      IndexSnapshot snapshot =
          exists && !rebuild ? IndexSnapshot.of(directory) : IndexSnapshot.empty();
      return new FactIndexWriter(dir, directory, writer, snapshot);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new NotAnIndexException(dir + " is in use by another newsfacts process", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * True when an article with this id and the same title, date and text is already indexed,
   * so its facts would come out the same and extraction can be skipped.
   */
  public boolean isCurrent(Article article) {
    String fingerprint = Fingerprint.of(article);
    String added = addedFingerprints.get(article.id());
    if (added != null) {
      return added.equals(fingerprint);
    }
    try {
      IndexSnapshot.Entry entry = snapshot.find(article.id());
      // A block whose source was re-added since the snapshot has been replaced.
      return entry != null
          && !addedSources.contains(entry.source())
          && fingerprint.equals(entry.fingerprint());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + path, e);
    }
  }

  /**
   * Adds an article with its facts, replacing any indexed article with the same id or the same
   * source (a changed file replaces its old version). Thread-safe.
   */
  public void add(ExtractedArticle article) {
    Objects.requireNonNull(article, "article");
    Query old =
        new BooleanQuery.Builder()
            .add(FactField.ARTICLE_ID.exact(article.id()), BooleanClause.Occur.SHOULD)
            .add(FactField.SOURCE.exact(article.source()), BooleanClause.Occur.SHOULD)
            .build();
    try {
      // Deletes the old block and adds the new one atomically, facts and article together.
      writer.updateDocuments(old, ArticleDocuments.block(article));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + path, e);
    }
    addedSources.add(article.source());
    addedFingerprints.put(article.id(), Fingerprint.of(article.article()));
  }

  /** Makes everything added so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Articles in the index, counting those added but not yet committed. */
  public int articleCount() {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(FactField.articles());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + path, e);
    }
  }

  /** Commits and releases the index. */
  @Override
  public void close() throws IOException {
    try (directory;
        snapshot) {
      writer.close();
    }
  }

  private static IndexWriterConfig config(boolean append) {
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
    config.setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    return config;
  }
}
