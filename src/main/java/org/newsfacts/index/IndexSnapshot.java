package org.newsfacts.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The articles an index held when a writer opened it: enough to tell which incoming articles
 * are already indexed without reopening a reader after every write.
 */
final class IndexSnapshot implements Closeable {
  /** What the snapshot knows of one indexed article. */
  record Entry(String source, String fingerprint, List<String> copies) {}

  // Only these stored fields: an article's text and JSON are most of its stored bytes.
  private static final Set<String> KEYS =
      Set.of(FactField.SOURCE.fieldName(), FactField.FINGERPRINT.fieldName());

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private IndexSnapshot(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
  }

  static IndexSnapshot of(Directory directory) throws IOException {
    return new IndexSnapshot(DirectoryReader.open(directory));
  }

  static IndexSnapshot empty() {
    return new IndexSnapshot(null);
  }

  /** The indexed article with this id, or {@code null}. */
  Entry find(String id) throws IOException {
    if (searcher == null) {
      return null;
    }
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(FactField.ARTICLE_ID.exact(id), BooleanClause.Occur.FILTER)
            .add(FactField.articles(), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    int found = top.scoreDocs[0].doc;
    Document doc = searcher.storedFields().document(found, KEYS);
    return new Entry(
        doc.get(FactField.SOURCE.fieldName()), doc.get(FactField.FINGERPRINT.fieldName()),
        ArticleCopies.of(reader, found));
  }

  /** The indexed articles whose ingest stored a story signature. */
  List<IndexedStory> stories() throws IOException {
    return reader == null ? List.of() : StorySignatures.read(reader);
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
