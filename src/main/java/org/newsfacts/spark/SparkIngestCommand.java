package org.newsfacts.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsfacts.cli.CliExit;
import org.newsfacts.cli.LimitOptions;
import org.newsfacts.cli.UserError;
import org.newsfacts.fact.PublicationDates;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.pipeline.BatchSummary;
import org.newsfacts.pipeline.ExtractionLimits;
import org.newsfacts.source.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts-spark ingest}: {@code ingest} as a Spark job. Locally by default
 * ({@code local[*]}); under {@code spark-submit}, on whatever master it was given.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, extracts their facts and indexes both, in Spark tasks; optionally writes the"
          + " facts as Parquet.",
      "Exit status: 0 when every article was ingested or skipped, 1 when any failed."
    })
public final class SparkIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Mixin LimitOptions.Extraction extraction;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*]).")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Extraction tasks (default: one per " + SparkIngest.ARTICLES_PER_PARTITION
          + " articles, at least one per core).")
  int partitions;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      required = true,
      description = "Index folder on the driver's disk; search, report and serve open it.")
  Path index;

  @Option(
      names = "--facts",
      paramLabel = "DIR",
      description = "Also write the facts as Parquet: DIR/articles and DIR/facts (any file system"
          + " Spark writes).")
  String facts;

  @Option(
      names = "--staging",
      paramLabel = "DIR",
      description = "Where tasks leave their index shards for the driver: a folder every node sees"
          + " (hdfs://..., s3a://..., a shared mount); each run uses a folder of its own in it."
          + " Default: beside the index, enough in local mode.")
  String staging;

  @Option(names = "--rebuild", description = "Start the index (and the Parquet tables) over.")
  boolean rebuild;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that give none.")
  String published;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "A Spark setting, as spark-submit's --conf.")
  Map<String, String> conf = new LinkedHashMap<>();

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files, folders (read recursively) or .jsonl files, local or hdfs://, s3a://..."
          + " (default: corpus/).")
  List<String> paths = List.of("corpus");

  @Override
  public Integer call() throws IOException {
    if (published != null && !PublicationDates.isIsoDate(published)) {
      throw new UserError("--published must be a date written YYYY-MM-DD, not '" + published + "'");
    }
    if (partitions < 0) {
      throw new UserError("--partitions must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReaderOptions readerOptions = limits.reader(spec.commandLine());
    ExtractionLimits extractionLimits = extraction.limits(limits, spec.commandLine());
    BatchSummary summary;
    int articles;
    // The index first: a locked or foreign index fails before Spark and the models start.
    try (FactIndexWriter writer = openIndex()) {
      // A session the caller runs already (a test, a notebook) is used and left running.
      boolean ownSession = SparkSession.getDefaultSession().isEmpty();
      SparkSession spark = ownSession ? session() : SparkSession.getDefaultSession().get();
      try {
        checkFactsFolder(spark.sparkContext().hadoopConfiguration());
        JobSettings settings =
            JobSettings.of(readerOptions, extractionLimits, published, stagingFor(spark));
        summary =
            new SparkIngest(spark, settings, err).run(paths, partitions, writer, facts, rebuild);
      } finally {
        if (ownSession) {
          spark.stop();
        }
      }
      articles = writer.articleCount();
    }
    err.println("newsfacts-spark ingest: " + summary.describe("ingested"));
    err.println("newsfacts-spark ingest: index " + index + " holds " + articles + " articles");
    err.flush();
    return summary.ok() ? CliExit.OK : CliExit.FAILURE;
  }

  /**
   * A folder of this run's own under {@code --staging}, so that removing it afterwards never
   * touches anything else there; by default one beside the index.
   */
  private String stagingFor(SparkSession spark) {
    String run = "newsfacts-shards-" + spark.sparkContext().applicationId();
    if (staging != null) {
      return staging.replaceAll("/+$", "") + "/" + run;
    }
    Path absolute = index.toAbsolutePath().normalize();
    Path name = absolute.getFileName();
    return absolute.resolveSibling("." + (name == null ? "index" : name) + "." + run).toString();
  }

  private FactIndexWriter openIndex() {
    try {
      return FactIndexWriter.open(index, rebuild);
    } catch (NotAnIndexException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException | IllegalStateException e) {
      throw new UserError("cannot open index " + index + ": " + e.getMessage(), e);
    }
  }

  private SparkSession session() {
    SparkConf sparkConf = new SparkConf(true); // spark-submit's settings arrive as properties
    if (master != null) {
      sparkConf.setMaster(master);
    } else if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster("local[*]");
    }
    sparkConf.setAppName("newsfacts-spark ingest");
    if (sparkConf.get("spark.master").startsWith("local")) {
      // A web UI is of little use to a local run that ends when the job does.
      sparkConf.setIfMissing("spark.ui.enabled", "false");
    }
    sparkConf.setIfMissing("spark.ui.showConsoleProgress", Boolean.toString(stderrIsTerminal()));
    conf.forEach(sparkConf::set);
    return SparkSession.builder().config(sparkConf).getOrCreate();
  }

  /** Parquet tables are never overwritten by accident: only with --rebuild. */
  private void checkFactsFolder(Configuration hadoop) throws IOException {
    if (facts == null || rebuild) {
      return;
    }
    for (String table : List.of("articles", "facts")) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(facts, table);
      if (path.getFileSystem(hadoop).exists(path)) {
        throw new UserError(
            path + " exists already; give another --facts folder, or --rebuild to replace it");
      }
    }
  }

  private static boolean stderrIsTerminal() {
    return System.getenv("CI") == null && System.console() != null;
  }
}
