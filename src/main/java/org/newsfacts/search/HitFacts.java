package org.newsfacts.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ParentChildrenBlockJoinQuery;
import org.newsfacts.fact.Fact;
import org.newsfacts.index.FactCodec;
import org.newsfacts.index.FactField;

/**
 * The facts of one hit worth showing: those the query's fact clauses and the filters matched,
 * and those whose sentence holds a query word. Only the matching facts' stored data is read.
 */
final class HitFacts {
  static final int MAX = 10;

  private final IndexSearcher searcher;
  private final BitSetProducer articleBits;

  HitFacts(IndexSearcher searcher, BitSetProducer articleBits) {
    this.searcher = searcher;
    this.articleBits = articleBits;
  }

  /** Up to {@link #MAX} facts of the article document {@code articleDoc}, in article order. */
  List<Fact> of(Query factQuery, int articleDoc) throws IOException {
    if (factQuery == null) {
      return List.of();
    }
    Query children = new ParentChildrenBlockJoinQuery(articleBits, factQuery, articleDoc);
    ScoreDoc[] best = searcher.search(children, MAX).scoreDocs;
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[best.length];
    for (int i = 0; i < best.length; i++) {
      docs[i] = stored.document(best[i].doc);
    }
    return Arrays.stream(docs)
        .sorted(Comparator.comparingInt(HitFacts::ordinal))
        .map(d -> FactCodec.decode(d.getBinaryValue(FactField.FACT_DATA.fieldName())))
        .toList();
  }

  private static int ordinal(Document doc) {
    return doc.getField(FactField.FACT_ORDINAL.fieldName()).numericValue().intValue();
  }
}
