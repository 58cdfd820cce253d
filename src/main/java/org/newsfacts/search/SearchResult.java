package org.newsfacts.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a search.
 *
 * @param total how many articles match
 * @param hits the best {@code limit} of them, best first
 * @param facets counts over all matching articles, not only the hits shown
 */
public record SearchResult(long total, List<SearchHit> hits, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }
}
