package org.newsfacts.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once. jsoup parses the query string of {@code select}, {@code selectFirst}
 * and {@code is} again on every call, and the page readers ask the same few dozen queries of
 * every element they walk: the parsing was about a tenth of the CPU of reading a page (JFR on the
 * dev pages). jsoup's evaluators are thread-safe and may be shared across documents.
 */
final class CssQueries {
  private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

  private CssQueries() {}

  /** The evaluator of a CSS query, parsed on its first use. */
  static Evaluator of(String query) {
    Evaluator parsed = PARSED.get(query);
    return parsed != null ? parsed : PARSED.computeIfAbsent(query, QueryParser::parse);
  }
}
