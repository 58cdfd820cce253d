package org.newsfacts.extract;

import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;

/**
 * One article in, its mentions and facts out. Implementations are thread-safe: one instance
 * serves every thread of a JVM (ingest workers, a server, a Spark executor).
 */
public interface FactExtractor {

  /**
   * Finds the article's mentions and facts. Dates in the text are resolved against the article's
   * publication date; without one, relative dates stay relative ("XXXX-01").
   */
  ExtractedArticle extract(Article article);

  /** The CoreNLP extractor, loading its models on first use and once per JVM. */
  static FactExtractor shared() {
    return CoreNlpFactExtractor.shared();
  }
}
