package org.newsfacts.pipeline;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsfacts.fact.Article;

/**
 * Tells ingest which articles to leave alone: the same article met earlier in this run (one
 * story as a page and as a PDF) or already indexed unchanged. A copy from another file is never
 * skipped silently: a line on stderr names the article it repeats, so nothing seems to vanish.
 * Used on the batch's calling thread only.
 */
public final class DuplicateArticles implements Predicate<Article> {
  private final Map<String, String> firstSourceById = new HashMap<>();
  private final Function<Article, String> indexedSource;
  private final PrintWriter err;

  /**
   * @param indexedSource the source of the indexed copy of an article when the index holds it
   *     with the same content, else {@code null}
   * @param err where the lines about skipped copies go
   */
  public DuplicateArticles(Function<Article, String> indexedSource, PrintWriter err) {
    this.indexedSource = indexedSource;
    this.err = err;
  }

  /** True when the article is a copy to skip; says so when the copy comes from another file. */
  @Override
  public boolean test(Article article) {
    String first = firstSourceById.putIfAbsent(article.id(), article.source());
    String original = first != null ? first : indexedSource.apply(article);
    if (original == null) {
      return false;
    }
    if (!original.equals(article.source())) {
      err.println(skipLine(article.source(), original, article.id()));
      err.flush();
    }
    return true;
  }

  /** The stderr line for a copy at {@code source} of the article first read at {@code original}. */
  public static String skipLine(String source, String original, String id) {
    return source + ": skipped: the same article as " + original + " (id " + id + ")";
  }
}
