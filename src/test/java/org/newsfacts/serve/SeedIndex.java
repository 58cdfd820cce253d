package org.newsfacts.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.pipeline.ArticleBatch;
import org.newsfacts.pipeline.BatchSummary;
import org.newsfacts.source.ArticleReader;

/** An index holding the seed article from {@code corpus/}, ingested as {@code ingest} does. */
final class SeedIndex {
  static final String SEED_TITLE = "U.S. Plans Troops Withdrawal From Iraq by 2026";
  static final Path SEED_FILE = Path.of("corpus", "us-troops-withdrawal-iraq.txt");

  private SeedIndex() {}

  static Path create(Path dir) throws IOException {
    StringWriter messages = new StringWriter();
    BatchSummary summary;
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      ArticleBatch batch =
          new ArticleBatch(
              new ArticleReader(), FactExtractor.shared(), 1, new PrintWriter(messages, true));
      summary = batch.run(List.of(SEED_FILE), "ingest", "2024-09-27", a -> false, writer::add);
    }
    if (summary.extracted() != 1) {
      throw new IllegalStateException("seed not indexed: " + messages);
    }
    return dir;
  }
}
