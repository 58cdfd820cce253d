package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An article with everything extraction found in it: the complete record that {@code extract}
 * writes as one JSON line and that indexing starts from.
 *
 * @param id the article's id
 * @param source where it came from
 * @param title headline or {@code null}
 * @param authors bylines
 * @param published publication date {@code YYYY-MM-DD}, or {@code null} when none was found (dates
 *     in the text are then resolved against nothing and stay relative)
 * @param text the article text all offsets refer to
 * @param mentions spans found in the text, in text order
 * @param facts facts built from the mentions
 * @param lang the language of the text (ISO 639-1), or {@code null} when not detected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "title", "authors", "published", "lang", "text", "mentions", "facts"})
public record ExtractedArticle(
    String id,
    String source,
    String title,
    List<String> authors,
    String published,
    String text,
    List<Mention> mentions,
    List<Fact> facts,
    String lang) {

  public ExtractedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    facts = facts == null ? List.of() : List.copyOf(facts);
  }

  /** An article whose language is not known, with its findings. */
  public ExtractedArticle(
      String id,
      String source,
      String title,
      List<String> authors,
      String published,
      String text,
      List<Mention> mentions,
      List<Fact> facts) {
    this(id, source, title, authors, published, text, mentions, facts, null);
  }

  /** Pairs an article with what was found in it. */
  public static ExtractedArticle of(Article article, List<Mention> mentions, List<Fact> facts) {
    return new ExtractedArticle(
        article.id(),
        article.source(),
        article.title(),
        article.authors(),
        article.published(),
        article.text(),
        mentions,
        facts,
        article.lang());
  }

  /** The same article and findings under another source (an upload's temporary file → its name). */
  public ExtractedArticle withSource(String newSource) {
    return new ExtractedArticle(id, newSource, title, authors, published, text, mentions, facts, lang);
  }

  /** The article without its findings. */
  public Article article() {
    return new Article(id, source, title, authors, published, text, lang);
  }

  /** The facts of one kind, in the order they were found. */
  public <T extends Fact> List<T> factsOf(Class<T> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
