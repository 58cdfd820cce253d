package org.newsfacts.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.newsfacts.fact.Fact;

/**
 * One matching article.
 *
 * @param id article id
 * @param title headline, or {@code null}
 * @param source where the article came from
 * @param copies the other files the same story was read from (left out of JSON when none)
 * @param published {@code YYYY-MM-DD}, or {@code null}
 * @param score relevance, or {@code null} when the request has no query words to rank by (hits
 *     are then newest first)
 * @param snippets passages of the text, each with the places of the query words in it
 * @param facts the article's facts that match the query or filters (at most 10), in article
 *     order
 */
@JsonPropertyOrder({"id", "title", "source", "copies", "published", "score", "snippets", "facts"})
public record SearchHit(
    String id,
    String title,
    String source,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> copies,
    String published,
    Float score,
    List<Snippet> snippets,
    List<Fact> facts) {
  public SearchHit {
    Objects.requireNonNull(id, "id");
    copies = copies == null ? List.of() : List.copyOf(copies);
    snippets = List.copyOf(snippets);
    facts = List.copyOf(facts);
  }
}
