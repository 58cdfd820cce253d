package org.newsfacts.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsfacts.entities.EntityAliases;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.index.ArticleCopies;
import org.newsfacts.index.FactField;
import org.newsfacts.index.IndexAnalyzers;
import org.newsfacts.index.IndexFormat;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.index.StoredArticles;

/**
 * Searches an index written by {@link org.newsfacts.index.FactIndexWriter}. Sees the index as
 * it was when opened. Thread-safe; open once and reuse, since opening costs far more than a
 * search.
 */
public final class FactSearcher implements Closeable {
  private static final Sort NEWEST_FIRST = newestFirst();
  // A hit shows these; the article JSON and text stay unread.
  private static final Set<String> HIT_FIELDS =
      Set.of(
          FactField.ARTICLE_ID.fieldName(),
          FactField.TITLE.fieldName(),
          FactField.SOURCE.fieldName(),
          FactField.PUBLISHED.fieldName());

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = IndexAnalyzers.create();
  private final BitSetProducer articleBits = FactField.articleBits();
  private final Snippets snippets;
  private final HitFacts hitFacts;
  private final NameAliases aliases;

  private FactSearcher(Directory directory, DirectoryReader reader, NameAliases aliases) {
    this.directory = directory;
    this.aliases = aliases;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.snippets = new Snippets(searcher, analyzer);
    this.hitFacts = new HitFacts(searcher, articleBits);
  }

  /**
   * Opens the index at {@code dir}.
   *
   * @throws NotAnIndexException with a one-line message when there is no usable index there
   */
  public static FactSearcher open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NotAnIndexException("no index at " + dir + " (run 'newsfacts ingest' first)");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      IndexFormat.checkReadable(directory, dir);
      // Names in queries also match the other names of their entity (the table beside the index).
      return new FactSearcher(directory, DirectoryReader.open(directory), new EntityAliases(dir));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Searches a reader the caller keeps open and closes; {@link #close()} leaves it open. A
   * server that reopens its reader after each commit wraps every new reader this way.
   */
  public static FactSearcher over(DirectoryReader reader) {
    return over(reader, NameAliases.NONE);
  }

  /** The same, with names in queries also matching the other names of their entity. */
  public static FactSearcher over(DirectoryReader reader, NameAliases aliases) {
    return new FactSearcher(null, reader, aliases);
  }

  /**
   * The best {@code request.limit()} articles after the first {@code request.offset()}, with
   * snippets and matching facts, and the total and facet counts over all matches.
   *
   * @throws QuerySyntaxException when the query or a date cannot be understood
   */
  public SearchResult search(SearchRequest request) {
    QueryPlan plan = QueryPlan.of(request, analyzer, articleBits, aliases);
    try {
      // A priority queue of --limit 1000000 would be allocated in full; no more than the index holds.
      long end = (long) request.offset() + request.limit();
      int wanted = (int) Math.max(1, Math.min(end, reader.maxDoc()));
      Object[] results =
          searcher.search(plan.articles(), new MultiCollectorManager(top(plan, wanted), new FacetCounter()));
      ScoreDoc[] best = ((TopDocs) results[0]).scoreDocs;
      FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
      int first = Math.min(best.length, request.offset());
      int last = (int) Math.min(best.length, end);
      List<SearchHit> hits = hits(plan, Arrays.copyOfRange(best, first, last));
      SearchResult.Ranking ranking =
          plan.newestFirst() ? SearchResult.Ranking.DATE : SearchResult.Ranking.RELEVANCE;
      return new SearchResult(counts.total(), ranking, hits, counts.facets());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query matches too many terms; make wildcards more specific", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index", e);
    }
  }

  /** Every matching article, best first, read back from the index (for reports). */
  public List<ExtractedArticle> articles(SearchRequest request) {
    QueryPlan plan = QueryPlan.of(request, analyzer, articleBits, aliases);
    try {
      int all = Math.max(1, searcher.count(FactField.articles()));
      TopDocs top = searcher.search(plan.articles(), top(plan, all));
      List<ExtractedArticle> articles = new ArrayList<>();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        articles.add(read(searcher.storedFields().document(scoreDoc.doc)));
      }
      return articles;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query matches too many terms; make wildcards more specific", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index", e);
    }
  }

  /** The other files the article {@code id} was read from (its copies); empty when none. */
  public List<String> copiesOf(String id) {
    try {
      ScoreDoc[] found = searcher.search(FactField.ARTICLE_KEY.exact(id), 1).scoreDocs;
      return found.length == 0 ? List.of() : ArticleCopies.of(reader, found[0].doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index", e);
    }
  }

  /** The article with this id, if indexed. */
  public Optional<ExtractedArticle> article(String id) {
    Query query =
        new BooleanQuery.Builder()
            .add(FactField.ARTICLE_ID.exact(id), Occur.FILTER)
            .add(FactField.articles(), Occur.FILTER)
            .build();
    try {
      ScoreDoc[] found = searcher.search(query, 1).scoreDocs;
      return found.length == 0
          ? Optional.empty()
          : Optional.of(read(searcher.storedFields().document(found[0].doc)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index", e);
    }
  }

  /** Number of articles in the index. */
  public int articleCount() {
    try {
      return searcher.count(FactField.articles());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (directory == null) {
      return; // over(reader): the caller owns the reader
    }
    try (directory) {
      reader.close();
    }
  }

  private List<SearchHit> hits(QueryPlan plan, ScoreDoc[] best) throws IOException {
    int[] docIds = Arrays.stream(best).mapToInt(d -> d.doc).toArray();
    List<List<Snippet>> passages = snippets.of(plan.highlight(), docIds);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < best.length; i++) {
      Document doc = searcher.storedFields().document(best[i].doc, HIT_FIELDS);
      Float score = plan.newestFirst() || Float.isNaN(best[i].score) ? null : best[i].score;
      hits.add(
          new SearchHit(
              doc.get(FactField.ARTICLE_ID.fieldName()),
              doc.get(FactField.TITLE.fieldName()),
              doc.get(FactField.SOURCE.fieldName()),
              ArticleCopies.of(reader, best[i].doc),
              doc.get(FactField.PUBLISHED.fieldName()),
              score,
              passages.get(i),
              hitFacts.of(plan.facts(), best[i].doc)));
    }
    return hits;
  }

  private static CollectorManager<?, ? extends TopDocs> top(QueryPlan plan, int n) {
    return plan.newestFirst()
        ? new TopFieldCollectorManager(NEWEST_FIRST, n, null, n)
        : new TopScoreDocCollectorManager(n, null, n);
  }

  private static ExtractedArticle read(Document doc) {
    return StoredArticles.read(
        doc.get(FactField.ARTICLE_JSON.fieldName()), doc.get(FactField.TEXT.fieldName()));
  }

  // Undated articles last; index order breaks ties so the order is stable.
  private static Sort newestFirst() {
    SortField published = new SortField(FactField.PUBLISHED.fieldName(), SortField.Type.INT, true);
    published.setMissingValue(Integer.MIN_VALUE);
    return new Sort(published, SortField.FIELD_DOC);
  }
}
