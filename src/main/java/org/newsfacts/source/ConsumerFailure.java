package org.newsfacts.source;

import org.newsfacts.fact.Article;

/**
 * Carries an exception thrown by the caller's {@link ArticleHandler} (say, the index could not be
 * written) past the reader's per-file error handling, so that it reaches the caller instead of
 * being reported as a failure of whichever file was being read.
 */
final class ConsumerFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private ConsumerFailure(RuntimeException cause) {
    super(cause);
  }

  /** The handler's own exception. */
  RuntimeException handlerException() {
    return (RuntimeException) getCause();
  }

  /** Wraps {@code handler} so that whatever it throws comes out as a {@code ConsumerFailure}. */
  static ArticleHandler guard(ArticleHandler handler) {
    return new ArticleHandler() {
      @Override
      public void article(Article article) {
        try {
          handler.article(article);
        } catch (RuntimeException e) {
          throw new ConsumerFailure(e);
        }
      }

      @Override
      public void failed(String source, String what, String why) {
        try {
          handler.failed(source, what, why);
        } catch (RuntimeException e) {
          throw new ConsumerFailure(e);
        }
      }

      @Override
      public void skipped(String source, String why) {
        try {
          handler.skipped(source, why);
        } catch (RuntimeException e) {
          throw new ConsumerFailure(e);
        }
      }

      @Override
      public void warning(String source, String message) {
        try {
          handler.warning(source, message);
        } catch (RuntimeException e) {
          throw new ConsumerFailure(e);
        }
      }
    };
  }
}
