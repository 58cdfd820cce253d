package org.newsfacts.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsfacts.fact.ExtractedArticle;

/**
 * What an upload did with one article.
 *
 * @param id the article's id ({@code GET /api/articles/{id}})
 * @param status {@code created}, or {@code unchanged} when the same article was indexed already
 * @param facts facts extracted; {@code null} for an unchanged article, which is not extracted again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UploadedArticle(
    String id, String status, String title, String published, String source, Integer facts) {

  static UploadedArticle created(ExtractedArticle article) {
    return new UploadedArticle(
        article.id(),
        "created",
        article.title(),
        article.published(),
        article.source(),
        article.facts().size());
  }

  static UploadedArticle unchanged(String id, String title, String published) {
    return new UploadedArticle(id, "unchanged", title, published, null, null);
  }

  boolean created() {
    return "created".equals(status);
  }
}
