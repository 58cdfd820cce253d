package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.entities.EntityStore;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.PublicationDates;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.pipeline.ArticleBatch;
import org.newsfacts.pipeline.BatchSummary;
import org.newsfacts.pipeline.DuplicateArticles;
import org.newsfacts.pipeline.ExtractionLimits;
import org.newsfacts.source.ArticleReader;
import org.newsfacts.source.Languages;
import org.newsfacts.source.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts ingest}: reads articles, extracts their facts and adds both to the index.
 * Incremental: articles already indexed with the same content are skipped before extraction, and
 * the same article met twice in one run (one story as HTML and PDF) is extracted once.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, extracts their facts and indexes both.",
      "Exit status: 0 when every article was ingested or skipped, 1 when any failed."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Mixin LimitOptions.Extraction extraction;

  @Mixin IndexOption index;

  @Option(names = "--rebuild", description = "Start the index over instead of adding to it.")
  boolean rebuild;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that give none.")
  String published;

  @Option(names = "--threads", description = "Extraction threads (default: number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "Make the index durable after every N articles (default: ${DEFAULT-VALUE}).")
  int commitEvery = 500;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files, folders (read recursively) or .jsonl files (default: corpus/).")
  List<Path> paths = List.of(Path.of("corpus"));

  @Override
  public Integer call() throws IOException {
    if (published != null && !PublicationDates.isIsoDate(published)) {
      throw new UserError("--published must be a date written YYYY-MM-DD, not '" + published + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReaderOptions readerLimits = limits.reader(spec.commandLine());
    ExtractionLimits extractionLimits = extraction.limits(limits, spec.commandLine());
    boolean newIndex = !Files.exists(index.dir);
    int[] indexed = {0};
    BatchSummary summary = ingest(err, readerLimits, extractionLimits, indexed);
    int articles = indexed[0];
    err.println("ingest: " + summary.describe("ingested"));
    if (newIndex && articles == 0) {
      // A run that indexed nothing (a mistyped path, a URL) leaves no empty folder to puzzle over.
      deleteNewIndex(index.dir);
      err.println("ingest: no article was indexed, so no index was created at " + index);
      err.flush();
      return summary.ok() ? CliExit.OK : CliExit.FAILURE;
    }
    err.println("ingest: index " + index + " holds " + articles + " articles");
    updateEntities(err);
    err.flush();
    return summary.ok() ? CliExit.OK : CliExit.FAILURE;
  }

  /** Reads, extracts and indexes; {@code indexed[0]} is set to the index's article count. */
  private BatchSummary ingest(
      PrintWriter err, ReaderOptions readerLimits, ExtractionLimits extractionLimits, int[] indexed)
      throws IOException {
    BatchSummary summary;
    // The index first: a locked or foreign index fails before the models take their time to load.
    try (FactIndexWriter writer = index.openWriter(rebuild)) {
      Languages.loadInBackground();
      ArticleBatch batch =
          new ArticleBatch(
              new ArticleReader(readerLimits), FactExtractor.shared(), extractionLimits, threads, err);
      long[] sinceCommit = {0};
      DuplicateArticles duplicates =
          new DuplicateArticles(writer::currentSource, knownStories(writer), writer::addCopy, err);
      summary =
          batch.run(
              paths,
              "ingest",
              published,
              duplicates,
              extracted -> {
                writer.add(extracted, duplicates.takeSignature(extracted.id()));
                if (++sinceCommit[0] >= commitEvery) {
                  commit(writer);
                  sinceCommit[0] = 0;
                }
              });
      writer.commit();
      indexed[0] = writer.articleCount();
    }
    return summary;
  }

  /** The stories indexed by earlier runs, so a near copy of one is known for one. */
  private static List<DuplicateArticles.Known> knownStories(FactIndexWriter writer) {
    return DuplicateArticles.Known.of(writer.indexedStories());
  }

  /** Removes an index folder this run created; it holds only the index's own files. */
  private static void deleteNewIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  // Merging depends on the whole archive ("Reagan" joins "Ronald Reagan" only if the archive
  // names one Reagan in full), so the table is recomputed from the stored facts, not patched.
  private void updateEntities(PrintWriter err) throws IOException {
    if (EntityStore.readIfCurrent(index.dir).isPresent()) {
      return;
    }
    long started = System.nanoTime();
    int entities = EntityStore.recompute(index.dir).size();
    err.printf(
        "ingest: %d entities across the index (%.1f s)%n", entities, (System.nanoTime() - started) / 1e9);
  }

  private static void commit(FactIndexWriter writer) {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
