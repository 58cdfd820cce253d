package org.newsfacts.source;

import org.newsfacts.fact.Article;

/**
 * Receives what a read finds. Implementations may be called from one thread only (the reader's
 * calling thread), so they need no synchronisation of their own.
 */
public interface ArticleHandler {
  /** One article found; containers (mailboxes, feeds, archives) give several per file. */
  void article(Article article);

  /**
   * One file, line or entry could not be read; reading goes on with the next.
   *
   * @param source the path (or {@code path#n} entry) that failed
   * @param what what failed, e.g. {@code could not parse}
   * @param why the cause in a few words, e.g. {@code encrypted document}
   */
  void failed(String source, String what, String why);

  /**
   * One file or entry holds no article by its nature (a program, a class file) and was left
   * unread; not a failure, but never silent.
   *
   * @param why what the file is, e.g. {@code a program archive (.jar), not an article}
   */
  default void skipped(String source, String why) {
    warning(source, "skipped: " + why);
  }

  /** Something worth telling the user that did not stop the article (e.g. truncated text). */
  default void warning(String source, String message) {}
}
