package org.newsfacts.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures in-process search latency on an existing index: each query runs through {@link
 * FactSearcher#search} (ranking, snippets, matching facts, facets) after a warm-up, and the
 * p50/p95/max per query and overall are printed.
 *
 * <pre>
 * java -cp target/newsfacts.jar org.newsfacts.search.SearchBench INDEX_DIR [QUERY_FILE] [ROUNDS]
 * </pre>
 *
 * QUERY_FILE has one query per line in search syntax; without it a built-in mix of word,
 * phrase, boolean, wildcard, fact-field and date queries runs. Not a test: timings depend on
 * the machine, so nothing here asserts on them.
 */
public final class SearchBench {
  private static final List<String> DEFAULT_QUERIES =
      List.of(
          "oil",
          "coffee prices",
          "\"trade deficit\"",
          "bank AND (rate OR rates) -dollar",
          "export*",
          "wheat OR corn OR soybeans",
          "title:cocoa",
          "published:[1987-03-01 TO 1987-03-31] AND opec",
          "place:Iraq",
          "person:Baker",
          "quantity.unit:tonnes AND quantity.value:[1000 TO *]",
          "");
  private static final int WARM_UP_ROUNDS = 5;

  private SearchBench() {}

  public static void main(String... args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: SearchBench INDEX_DIR [QUERY_FILE] [ROUNDS]");
      System.exit(2);
    }
    List<String> queries =
        args.length > 1 && !args[1].isEmpty()
            ? Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(q -> !q.isBlank())
                .toList()
            : DEFAULT_QUERIES;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    run(Path.of(args[0]), queries, rounds, System.out);
  }

  /** Runs the benchmark and prints one line per query and a summary line. */
  static void run(Path index, List<String> queries, int rounds, PrintStream out)
      throws IOException {
    long openStart = System.nanoTime();
    try (FactSearcher searcher = FactSearcher.open(index)) {
      double openMs = (System.nanoTime() - openStart) / 1e6;
      out.printf(Locale.ROOT, "index %s: %d articles, opened in %.1f ms%n", index,
          searcher.articleCount(), openMs);
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        queries.forEach(q -> searcher.search(SearchRequest.of(q, 10)));
      }
      List<Long> all = new ArrayList<>();
      out.printf(Locale.ROOT, "%-56s %8s %8s %8s %8s%n", "query", "hits", "p50 ms", "p95 ms", "max ms");
      for (String query : queries) {
        long[] times = new long[rounds];
        long total = 0;
        for (int r = 0; r < rounds; r++) {
          long start = System.nanoTime();
          total = searcher.search(SearchRequest.of(query, 10)).total();
          times[r] = System.nanoTime() - start;
          all.add(times[r]);
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "%-56s %8d %8.2f %8.2f %8.2f%n", shorten(query), total,
            ms(percentile(times, 50)), ms(percentile(times, 95)), ms(times[times.length - 1]));
      }
      long[] overall = all.stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf(Locale.ROOT, "all %d searches: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
          overall.length, ms(percentile(overall, 50)), ms(percentile(overall, 95)),
          ms(overall[overall.length - 1]));
    }
  }

  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String shorten(String query) {
    String shown = query.isEmpty() ? "(all articles)" : query;
    return shown.length() <= 56 ? shown : shown.substring(0, 53) + "...";
  }
}
