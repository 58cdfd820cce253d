package org.newsfacts.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Json;

/**
 * JSON forms of what the index stores. The article JSON leaves the text out because the text is
 * stored once already, in its own field, for highlighting.
 */
public final class StoredArticles {
  private StoredArticles() {}

  static String articleJsonWithoutText(ExtractedArticle article) {
    ExtractedArticle withoutText =
        new ExtractedArticle(
            article.id(),
            article.source(),
            article.title(),
            article.authors(),
            article.published(),
            "",
            article.mentions(),
            article.facts(),
            article.lang());
    return write(withoutText);
  }

  /** Rebuilds an article from its stored JSON and stored text. */
  public static ExtractedArticle read(String jsonWithoutText, String text) {
    try {
      ExtractedArticle stored = Json.MAPPER.readValue(jsonWithoutText, ExtractedArticle.class);
      return new ExtractedArticle(
          stored.id(),
          stored.source(),
          stored.title(),
          stored.authors(),
          stored.published(),
          text == null ? "" : text,
          stored.mentions(),
          stored.facts(),
          stored.lang());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored article is not valid JSON", e);
    }
  }

  private static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
