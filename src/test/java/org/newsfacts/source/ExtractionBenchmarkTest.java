package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main-text quality on the shared extraction benchmark (licensed pages, not in the repository),
 * scored as its score.py does: macro-averaged precision and recall of word 4-grams per page.
 * Skipped where the benchmark is absent. Trafilatura scores 0.958 on the full benchmark.
 */
class ExtractionBenchmarkTest {
  private static final Path BENCHMARK = Path.of("..", "shared", "eval", "extraction");
  private static final double MINIMUM_F1 = 0.95;

  @Test
  void mainTextF1IsAtLeastTheTarget() throws IOException {
    Path pages = BENCHMARK.resolve("html");
    assumeTrue(Files.isDirectory(pages), "extraction benchmark absent: " + BENCHMARK);
    ArticleReader reader = new ArticleReader();
    double precisionSum = 0;
    double recallSum = 0;
    int precisionPages = 0;
    int recallPages = 0;
    for (Path page : list(pages)) {
      String id = page.getFileName().toString().replaceAll("\\.html$", "");
      String gold = Files.readString(BENCHMARK.resolve("gold").resolve(id + ".txt"));
      CollectingHandler found = new CollectingHandler();
      reader.read(page, found);
      String text = found.articles.isEmpty() ? "" : found.articles.get(0).text();
      ShingleF1.Counts counts = ShingleF1.counts(gold, text);
      if (counts.found() > 0) {
        precisionSum += counts.precision();
        precisionPages++;
      }
      if (counts.wanted() > 0) {
        recallSum += counts.recall();
        recallPages++;
      }
    }
    double precision = precisionSum / Math.max(1, precisionPages);
    double recall = recallSum / Math.max(1, recallPages);
    double f1 = 2 * precision * recall / (precision + recall);
    assertThat(f1).as("F1 (P %.3f R %.3f)", precision, recall).isGreaterThanOrEqualTo(MINIMUM_F1);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
