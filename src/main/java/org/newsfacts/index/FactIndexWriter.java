package org.newsfacts.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
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
  private final Map<String, String> addedSourceById = new ConcurrentHashMap<>();
  // Copies met since the last commit, by the id of the article they copy (see addCopy).
  private final Map<String, Set<String>> pendingCopies = new LinkedHashMap<>();

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
    return currentSource(article) != null;
  }

  /**
   * Where the indexed copy of this article came from, when the index holds it with the same
   * content ({@link #isCurrent}); {@code null} otherwise. Ingest names it when it skips a copy
   * read from another file.
   */
  public String currentSource(Article article) {
    String fingerprint = Fingerprint.of(article);
    String added = addedFingerprints.get(article.id());
    if (added != null) {
      return added.equals(fingerprint) ? addedSourceById.get(article.id()) : null;
    }
    try {
      IndexSnapshot.Entry entry = snapshot.find(article.id());
      // A block whose source was re-added since the snapshot has been replaced.
      boolean current = entry != null
          && !addedSources.contains(entry.source())
          && fingerprint.equals(entry.fingerprint());
      return current ? entry.source() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + path, e);
    }
  }


  /** The articles the index held when this writer opened, with their story signatures. */
  public List<IndexedStory> indexedStories() {
    try {
      return snapshot.stories();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + path, e);
    }
  }

  /**
   * Adds an article with its facts, replacing any indexed article with the same id or the same
   * source (a changed file replaces its old version). Thread-safe.
   */
  public void add(ExtractedArticle article) {
    add(article, null);
  }

  /**
   * {@link #add(ExtractedArticle)}, keeping the MinHash signature of the article's story so that
   * a later run knows a near copy of it (see {@link #indexedStories}).
   */
  public void add(ExtractedArticle article, int[] storySignature) {
    Objects.requireNonNull(article, "article");
    Set<String> copies = new LinkedHashSet<>(indexedCopies(article.id()));
    synchronized (pendingCopies) {
      copies.addAll(pendingCopies.getOrDefault(article.id(), Set.of()));
      pendingCopies.remove(article.id());
    }
    copies.remove(article.source());
    Query old =
        new BooleanQuery.Builder()
            .add(FactField.ARTICLE_ID.exact(article.id()), BooleanClause.Occur.SHOULD)
            .add(FactField.SOURCE.exact(article.source()), BooleanClause.Occur.SHOULD)
            .build();
    try {
      // Deletes the old block and adds the new one atomically, facts and article together.
      writer.updateDocuments(
          old, ArticleDocuments.block(article, copies, storySignature));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + path, e);
    }
    addedSources.add(article.source());
    addedSourceById.put(article.id(), article.source());
    addedFingerprints.put(article.id(), Fingerprint.of(article.article()));
  }

  /**
   * Adds every article of other Newsfacts indexes (shards built in parallel, by Spark tasks say)
   * to this one, replacing indexed articles with the same id or source as {@link #add} does. The
   * shards' segments are copied as they are, so each article's block of documents stays whole
   * and in order. The shards must not be open for writing; they are left as they were.
   */
  public void addShards(List<Path> shards) throws IOException {
    List<Directory> directories = new ArrayList<>();
    try {
      List<Term> replaced = new ArrayList<>();
      for (Path shard : shards) {
        Directory directory = FSDirectory.open(shard);
        directories.add(directory);
        IndexFormat.checkReadable(directory, shard);
        replaced.addAll(articleKeys(directory));
      }
      // A shard's article replaces the indexed one of its id: the copies listed with it stay.
      for (Term key : replaced) {
        if (key.field().equals(FactField.ARTICLE_ID.fieldName())) {
          indexedCopies(key.text()).forEach(copy -> addCopy(key.text(), copy));
        }
      }
      // Deletes issued before addIndexes apply to what the index held, not to the shards.
      writer.deleteDocuments(replaced.toArray(Term[]::new));
      writer.addIndexes(directories.toArray(Directory[]::new));
    } finally {
      IOUtils.close(directories);
    }
  }

  /** The copies the index listed for the article {@code id} when this writer opened. */
  private List<String> indexedCopies(String id) {
    try {
      IndexSnapshot.Entry entry = snapshot.find(id);
      return entry == null ? List.of() : entry.copies();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + path, e);
    }
  }

  /** The id and source terms of every article in an index. */
  private static List<Term> articleKeys(Directory directory) throws IOException {
    List<Term> keys = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      Set<String> fields =
          Set.of(FactField.ARTICLE_ID.fieldName(), FactField.SOURCE.fieldName());
      int all = Math.max(1, reader.maxDoc());
      for (ScoreDoc hit : searcher.search(FactField.articles(), all).scoreDocs) {
        Document doc = stored.document(hit.doc, fields);
        for (String field : fields) {
          keys.add(new Term(field, doc.get(field)));
        }
      }
    }
    return keys;
  }

  /**
   * Notes that the article with id {@code originalId} was also read from {@code copySource} (a
   * copy skipped by ingest); the index lists it among the article's copies from the next commit.
   */
  public void addCopy(String originalId, String copySource) {
    synchronized (pendingCopies) {
      pendingCopies.computeIfAbsent(originalId, id -> new LinkedHashSet<>()).add(copySource);
    }
  }

  /** Makes everything added so far durable, with the copies noted for articles already added. */
  public void commit() throws IOException {
    listPendingCopies();
    writer.commit();
  }

  // Copies are a doc value, updated in place: the article's block is not written again, so
  // the index's term statistics (and every score) stay as they were.
  private void listPendingCopies() throws IOException {
    Map<String, Set<String>> copiesById;
    synchronized (pendingCopies) {
      if (pendingCopies.isEmpty()) {
        return;
      }
      copiesById = new LinkedHashMap<>(pendingCopies);
      pendingCopies.clear();
    }
    Map<String, Set<String>> waiting = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Map.Entry<String, Set<String>> entry : copiesById.entrySet()) {
        if (!relist(searcher, entry.getKey(), entry.getValue())) {
          waiting.put(entry.getKey(), entry.getValue());
        }
      }
    }
    synchronized (pendingCopies) {
      waiting.forEach((id, sources) ->
          pendingCopies.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(sources));
    }
  }

  /** Lists {@code newCopies} with the article {@code id}; false when it is not indexed (yet). */
  private boolean relist(IndexSearcher searcher, String id, Set<String> newCopies)
      throws IOException {
    ScoreDoc[] hits = searcher.search(FactField.ARTICLE_KEY.exact(id), 1).scoreDocs;
    if (hits.length == 0) {
      return false;
    }
    String source =
        searcher.storedFields().document(hits[0].doc, Set.of(FactField.SOURCE.fieldName()))
            .get(FactField.SOURCE.fieldName());
    Set<String> copies = new LinkedHashSet<>(ArticleCopies.of(searcher.getIndexReader(), hits[0].doc));
    int listed = copies.size();
    newCopies.stream().filter(copy -> !copy.equals(source)).forEach(copies::add);
    if (copies.size() > listed) {
      writer.updateBinaryDocValue(
          new Term(FactField.ARTICLE_KEY.fieldName(), id), FactField.COPY.fieldName(),
          ArticleCopies.encode(copies));
    }
    return true;
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
      listPendingCopies();
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
