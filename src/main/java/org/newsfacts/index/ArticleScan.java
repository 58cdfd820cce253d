package org.newsfacts.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsfacts.fact.ExtractedArticle;

/**
 * Reads every indexed article's record (facts and mentions, without its text) in index order:
 * what archive-wide computations such as the entity table start from. Skips the stored text,
 * which is most of the stored bytes.
 */
public final class ArticleScan {
  private static final Set<String> FIELDS = Set.of(FactField.ARTICLE_JSON.fieldName());

  private ArticleScan() {}

  /**
   * Calls {@code each} with every article of the last commit of the index at {@code dir} and the
   * sources of its copies: the other files the same story was read from (none for most).
   */
  public static void forEach(Path dir, BiConsumer<ExtractedArticle, List<String>> each) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NotAnIndexException("no index at " + dir + " (run 'newsfacts ingest' first)");
    }
    try (Directory directory = FSDirectory.open(dir)) {
      IndexFormat.checkReadable(directory, dir);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query articles = searcher.rewrite(FactField.articles());
        Weight weight = searcher.createWeight(articles, ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
          Scorer scorer = weight.scorer(leaf);
          if (scorer == null) {
            continue;
          }
          DocIdSetIterator docs = scorer.iterator();
          var stored = leaf.reader().storedFields();
          BinaryDocValues copies = leaf.reader().getBinaryDocValues(FactField.COPY.fieldName());
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
              continue;
            }
            Document document = stored.document(doc, FIELDS);
            List<String> copySources =
                copies != null && copies.advanceExact(doc)
                    ? ArticleCopies.decode(copies.binaryValue())
                    : List.of();
            each.accept(StoredArticles.read(document.get(FactField.ARTICLE_JSON.fieldName()), null), copySources);
          }
        }
      }
    }
  }

  /**
   * A token that changes with every commit of the index at {@code dir}: derived tables saved
   * beside the index record it to tell whether they are still up to date.
   */
  public static String commitToken(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      return Long.toString(SegmentInfos.getLastCommitGeneration(directory));
    }
  }
}
