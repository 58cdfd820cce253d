package org.newsfacts.spark;

import java.io.Serializable;
import org.newsfacts.fact.Article;

/**
 * What reading found at one place in the input: an article, or a line for stderr (a file that
 * failed, {@code path: what failed: why}, or a warning).
 *
 * @param order where in the input
 * @param article the article, or {@code null} for a report
 * @param report the stderr line, or {@code null} for an article
 * @param failed whether the report is a failure (counted) rather than a warning
 * @param skipped whether the report is of a file left unread because it holds no article (a
 *     program), counted as skipped
 */
record ReadItem(InputOrder order, Article article, String report, boolean failed, boolean skipped)
    implements Serializable {

  static ReadItem article(InputOrder order, Article article) {
    return new ReadItem(order, article, null, false, false);
  }

  static ReadItem failure(InputOrder order, String source, String what, String why) {
    return new ReadItem(order, null, source + ": " + what + ": " + why, true, false);
  }

  static ReadItem warning(InputOrder order, String source, String message) {
    return new ReadItem(order, null, source + ": warning: " + message, false, false);
  }

  static ReadItem skipped(InputOrder order, String source, String why) {
    return new ReadItem(order, null, source + ": skipped: " + why, false, true);
  }

  boolean isArticle() {
    return article != null;
  }
}
