package org.newsfacts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Json;
import org.newsfacts.fact.PublicationDates;
import org.newsfacts.pipeline.ArticleBatch;
import org.newsfacts.pipeline.BatchSummary;
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

/** {@code newsfacts extract}: articles in, one JSON line of mentions and facts per article out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts mentions and facts without indexing: JSON Lines on stdout, one object per article:",
      "{\"id\",\"source\",\"title\",\"published\",\"text\",\"mentions\":[...],\"facts\":[...]}."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Mixin LimitOptions.Extraction extraction;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that give none; relative dates resolve against it.")
  String published;

  @Option(
      names = "--threads",
      description = "Extraction threads (default: number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, folders (read recursively) or .jsonl files of articles.")
  List<Path> paths;

  @Override
  public Integer call() {
    if (published != null && !PublicationDates.isIsoDate(published)) {
      throw new UserError("--published must be a date written YYYY-MM-DD, not '" + published + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReaderOptions readerLimits = limits.reader(spec.commandLine());
    ExtractionLimits extractionLimits = extraction.limits(limits, spec.commandLine());
    Languages.loadInBackground();
    ArticleBatch batch =
        new ArticleBatch(
            new ArticleReader(readerLimits), FactExtractor.shared(), extractionLimits, threads, err);
    BatchSummary summary =
        batch.run(
            paths,
            "extract",
            published,
            article -> false,
            extracted -> {
              out.println(toJson(extracted));
              out.flush();
            });
    err.println("extract: " + summary.describe("extracted"));
    err.flush();
    return summary.ok() ? CliExit.OK : CliExit.FAILURE;
  }

  private static String toJson(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
