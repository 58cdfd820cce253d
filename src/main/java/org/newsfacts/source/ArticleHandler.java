package org.newsfacts.source;

import org.newsfacts.fact.Article;

/** TEMPORARY until the source branch lands. */
public interface ArticleHandler {
  void article(Article article);

  void failed(String source, String what, String why);

  default void warning(String source, String message) {}
}
