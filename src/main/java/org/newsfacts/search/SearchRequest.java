package org.newsfacts.search;

/**
 * What to search for. Every part but {@code limit} may be {@code null}; an empty query matches
 * every article (newest first).
 *
 * @param query Lucene classic query syntax over title and text, with fielded fact clauses
 * @param person a person's name or part of it ("al-Sudani"), matched case-insensitively
 * @param place a place name or ISO country code
 * @param org an organisation name or part of it
 * @param from first publication date, {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param to last publication date, same forms ({@code 2024} means up to 2024-12-31)
 * @param limit most hits to return
 * @param offset how many of the best hits to pass over first (for paging)
 */
public record SearchRequest(
    String query,
    String person,
    String place,
    String org,
    String from,
    String to,
    int limit,
    int offset) {

  public SearchRequest {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  /** The first page: no hits passed over. */
  public SearchRequest(
      String query, String person, String place, String org, String from, String to, int limit) {
    this(query, person, place, org, from, to, limit, 0);
  }

  /** A plain text query with no filters. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, null, null, limit);
  }

  /** True when the request has no query words (filters may still apply). */
  public boolean hasNoQuery() {
    return query == null || query.isBlank();
  }
}
