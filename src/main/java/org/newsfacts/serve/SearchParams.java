package org.newsfacts.serve;

import java.util.function.UnaryOperator;
import org.newsfacts.search.SearchRequest;

/**
 * The query parameters of {@code /api/search} and {@code /api/report}: {@code q, person, place,
 * org, from, to, limit, offset}, the same as the options of {@code newsfacts search}.
 */
final class SearchParams {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;
  // Deep pages cost a priority queue of offset + limit entries; nobody reads page 1000.
  static final int MAX_OFFSET = 10_000;

  private SearchParams() {}

  /**
   * @param param a query parameter by name, or {@code null} when absent
   * @throws ApiError 400 when limit or offset is not a number in range
   */
  static SearchRequest read(UnaryOperator<String> param) {
    int limit = number(param, "limit", DEFAULT_LIMIT, MAX_LIMIT);
    int offset = number(param, "offset", 0, MAX_OFFSET);
    return new SearchRequest(
        text(param, "q"),
        text(param, "person"),
        text(param, "place"),
        text(param, "org"),
        text(param, "from"),
        text(param, "to"),
        limit,
        offset);
  }

  private static String text(UnaryOperator<String> param, String name) {
    String value = param.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  static int number(UnaryOperator<String> param, String name, int fallback, int max) {
    String value = text(param, name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiError.badRequest(name + " must be a whole number from 0 to " + max);
  }
}
