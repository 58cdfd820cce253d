package org.newsfacts.serve;

import java.util.List;

/**
 * The answer to {@code POST /api/articles}.
 *
 * @param id the (first) article's id
 * @param articles every article the upload held (a mailbox or archive may hold several)
 * @param warnings what did not stop an article, e.g. text cut at {@code --max-chars}
 * @param failed parts of the upload that gave no article, each {@code what: why}
 */
record UploadAnswer(
    String id, List<UploadedArticle> articles, List<String> warnings, List<String> failed) {

  UploadAnswer {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
    failed = List.copyOf(failed);
  }

  /** 201 when anything new was indexed, 200 when every article was indexed already. */
  int status() {
    return articles.stream().anyMatch(UploadedArticle::created) ? 201 : 200;
  }
}
