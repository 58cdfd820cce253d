package org.newsfacts.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The answer to a search.
 *
 * @param total how many articles match
 * @param rankedBy how the hits are ordered
 * @param hits the best {@code limit} of them, best first
 * @param facets counts over all matching articles, not only the hits shown
 */
@JsonPropertyOrder({"total", "rankedBy", "hits", "facets"})
public record SearchResult(long total, Ranking rankedBy, List<SearchHit> hits, Facets facets) {
  public SearchResult {
    Objects.requireNonNull(rankedBy, "rankedBy");
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }

  /** The order of the hits: by relevance to the query words, or newest first when there are none. */
  public enum Ranking {
    RELEVANCE,
    DATE;

    @JsonValue
    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
