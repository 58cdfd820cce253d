package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import org.newsfacts.fact.Article;

/** Keeps everything a read reports, for assertions. */
final class CollectingHandler implements ArticleHandler {
  final List<Article> articles = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void failed(String source, String what, String why) {
    failures.add(source + ": " + what + ": " + why);
  }

  @Override
  public void skipped(String source, String why) {
    skipped.add(source + ": " + why);
  }

  @Override
  public void warning(String source, String message) {
    warnings.add(source + ": " + message);
  }

  Article only() {
    if (articles.size() != 1 || !failures.isEmpty()) {
      throw new AssertionError("expected one article, got " + articles + " and " + failures);
    }
    return articles.get(0);
  }
}
