package org.newsfacts.spark;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsfacts.fact.Article;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.pipeline.BatchSummary;
import org.newsfacts.pipeline.DuplicateArticles;
import org.newsfacts.pipeline.StoryCopies;

/**
 * The Spark ingest job, run from the driver:
 *
 * <ol>
 *   <li>read: files (and the lines of JSON Lines files, which Spark splits between tasks) become
 *       articles inside tasks, with {@code ingest}'s reader;
 *   <li>dedupe: an article found several times (one story as HTML and PDF, an id repeated, a
 *       near copy of a story) is kept where {@code ingest} keeps it, its first place in input
 *       order, and the rest count as skipped: tasks compute each article's story signature, the
 *       driver groups them as ingest does; the survivors are range-partitioned in input order;
 *   <li>extract: each task extracts its partition's facts and writes an index shard of its own
 *       and the Parquet rows;
 *   <li>write: the Parquet tables, then the shards merged into the index in partition order
 *       (so the index holds the articles in input order, as one built by {@code ingest} does),
 *       committed once.
 * </ol>
 *
 * Every failure is one {@code path: what failed: why} line and counted, as in {@code ingest}.
 */
final class SparkIngest {
  /** Articles per extraction partition when the command line does not say. */
  static final int ARTICLES_PER_PARTITION = 1000;

  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final JobSettings settings;
  private final HadoopSettings hadoop;
  private final PrintWriter err;

  SparkIngest(SparkSession spark, JobSettings settings, PrintWriter err) {
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.settings = settings;
    this.hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    this.err = err;
  }

  /**
   * Runs the job.
   *
   * @param paths files, folders and JSON Lines files, local or on any Hadoop file system
   * @param partitions extraction partitions, or 0 for one per {@value #ARTICLES_PER_PARTITION}
   *     articles (at least Spark's default parallelism)
   * @param index the open index the shards are merged into; committed at the end
   * @param factsFolder where the Parquet tables go, or {@code null} for none
   * @param overwriteFacts whether existing Parquet tables there are replaced
   */
  BatchSummary run(
      List<String> paths,
      int partitions,
      FactIndexWriter index,
      String factsFolder,
      boolean overwriteFacts)
      throws IOException {
    long started = System.nanoTime();
    Configuration conf = hadoop.get();
    List<InputFile> files = InputListing.list(paths, conf);
    long jsonLines = files.stream().filter(InputFile::jsonLines).count();
    progress(files.size() + " files to read (" + jsonLines + " JSON Lines)");

    JavaRDD<ReadItem> read = read(files).persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<ReadItem> reports = read.filter(item -> !item.isArticle()).collect();
    long failed = report(reports);
    long skippedFiles = reports.stream().filter(ReadItem::skipped).count();
    failed += reportEmptyJsonLines(files, read);
    long articlesRead = read.filter(ReadItem::isArticle).count();
    Broadcast<Set<InputOrder>> copies = jsc.broadcast(copies(read, index));

    JavaRDD<ReadItem> unique =
        read.filter(item -> item.isArticle() && !copies.value().contains(item.order()));
    long uniqueCount = articlesRead - copies.value().size();
    int slices = partitions > 0 ? partitions : defaultPartitions(uniqueCount);
    progress(articlesRead + " articles read, " + uniqueCount + " distinct; extracting facts in "
        + slices + " partitions");
    JavaRDD<Article> articles =
        unique.sortBy(ReadItem::order, true, slices).map(ReadItem::article);

    JobSettings task = settings;
    HadoopSettings taskHadoop = hadoop;
    JavaRDD<Outcome> outcomes =
        articles
            .mapPartitions(part -> ExtractionTask.run(part, task, taskHadoop.get()))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Outcome> results = outcomes.filter(outcome -> !outcome.isArticle()).collect();
    read.unpersist();
    List<ShardSummary> shards = new ArrayList<>();
    long extracted = 0;
    long facts = 0;
    for (Outcome outcome : results) {
      if (outcome.report() != null) {
        err.println(outcome.report());
      } else {
        shards.add(outcome.shard());
        extracted += outcome.shard().extracted();
        failed += outcome.shard().failed();
        facts += outcome.shard().facts();
      }
    }
    err.flush();

    if (factsFolder != null) {
      writeParquet(outcomes, factsFolder, overwriteFacts);
    }
    merge(shards, index);
    outcomes.unpersist();
    ShardStaging.delete(settings.staging(), conf);
    return new BatchSummary(
        articlesRead,
        extracted,
        articlesRead - uniqueCount + skippedFiles,
        failed,
        facts,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private JavaRDD<ReadItem> read(List<InputFile> files) {
    JobSettings task = settings;
    HadoopSettings taskHadoop = hadoop;
    List<JavaRDD<ReadItem>> parts = new ArrayList<>();
    List<InputFile> whole = files.stream().filter(file -> !file.jsonLines()).toList();
    if (!whole.isEmpty()) {
      int slices = Math.min(whole.size(), 4 * Math.max(1, jsc.defaultParallelism()));
      parts.add(
          jsc.parallelize(whole, slices)
              .flatMap(file -> ArticleReading.readFile(file, task, taskHadoop.get()).iterator()));
    }
    for (InputFile file : files) {
      if (file.jsonLines()) {
        JavaPairRDD<String, Long> lines =
            jsc.textFile(hadoopPath(file), jsc.defaultParallelism()).zipWithIndex();
        parts.add(
            lines.flatMap(
                line -> ArticleReading.readLine(file, line._2(), line._1(), task).iterator()));
      }
    }
    JavaRDD<ReadItem> all = jsc.emptyRDD();
    for (JavaRDD<ReadItem> part : parts) {
      all = all.union(part);
    }
    return all;
  }

  /** An explicit URI for a local file, so a cluster's default file system is not assumed. */
  private static String hadoopPath(InputFile file) {
    return file.local() ? new File(file.path()).getAbsoluteFile().toURI().toString() : file.path();
  }

  /** What the driver needs to tell copies apart: computed in the tasks, text left there. */
  private record CopyKey(InputOrder order, String id, String source, StoryCopies.Signature signature)
      implements java.io.Serializable {}

  /**
   * The articles that are copies, as ingest finds them: the same id read before, or a near copy
   * of a story ({@link StoryCopies}). Signatures are computed in the tasks; the driver walks them
   * in input order through the same {@link DuplicateArticles} that ingest uses, so it names the
   * same copies with the same lines and keeps the same articles.
   */
  private Set<InputOrder> copies(JavaRDD<ReadItem> read, FactIndexWriter index) {
    List<CopyKey> keys = new ArrayList<>(
        read.filter(ReadItem::isArticle)
            .map(item -> new CopyKey(item.order(), item.article().id(), item.article().source(),
                StoryCopies.signature(item.article().text())))
            .collect());
    keys.sort(Comparator.comparing(CopyKey::order));
    List<DuplicateArticles.Known> known = DuplicateArticles.Known.of(index.indexedStories());
    DuplicateArticles duplicates = new DuplicateArticles(article -> null, known, index::addCopy, err);
    Set<InputOrder> copies = new HashSet<>();
    for (CopyKey key : keys) {
      if (duplicates.isCopy(key.id(), key.source(), key::signature, () -> null)) {
        copies.add(key.order());
      }
    }
    return copies;
  }

  private int defaultPartitions(long articles) {
    long wanted = (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION;
    return (int) Math.max(Math.max(1, jsc.defaultParallelism()), Math.min(wanted, 100_000));
  }

  /** Prints the read failures and warnings in input order; returns how many were failures. */
  private long report(List<ReadItem> reports) {
    long failed = 0;
    List<ReadItem> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(ReadItem::order));
    for (ReadItem item : sorted) {
      err.println(item.report());
      failed += item.failed() ? 1 : 0;
    }
    err.flush();
    return failed;
  }

  /**
   * A JSON Lines file without a single line of text gives no items at all; ingest names it
   * ({@code no article text}), and so does this.
   */
  private long reportEmptyJsonLines(List<InputFile> files, JavaRDD<ReadItem> read) {
    Set<Integer> jsonLines = new HashSet<>();
    files.stream().filter(InputFile::jsonLines).forEach(file -> jsonLines.add(file.index()));
    if (jsonLines.isEmpty()) {
      return 0;
    }
    Set<Integer> seen =
        new HashSet<>(
            read.map(item -> item.order().file())
                .filter(jsonLines::contains)
                .distinct()
                .collect());
    long failed = 0;
    for (InputFile file : files) {
      if (file.jsonLines() && !seen.contains(file.index())) {
        err.println(file.path() + ": no article text: the file holds no JSON lines");
        failed++;
      }
    }
    err.flush();
    return failed;
  }

  private void writeParquet(JavaRDD<Outcome> outcomes, String folder, boolean overwrite) {
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    JavaRDD<Outcome> extracted = outcomes.filter(Outcome::isArticle);
    spark
        .createDataFrame(extracted.map(Outcome::article), FactRows.ARTICLES)
        .write()
        .mode(mode)
        .parquet(folder + "/articles");
    spark
        .createDataFrame(extracted.flatMap(outcome -> outcome.facts().iterator()), FactRows.FACTS)
        .write()
        .mode(mode)
        .parquet(folder + "/facts");
    progress("facts written to " + folder + " (articles/, facts/: Parquet)");
  }

  /** Adds the shards to the index in partition order and commits. */
  private void merge(List<ShardSummary> shards, FactIndexWriter index) throws IOException {
    shards.sort(Comparator.comparingInt(ShardSummary::partition));
    Configuration conf = hadoop.get();
    Path downloads = null;
    try {
      List<Path> local = new ArrayList<>();
      if (ShardStaging.isLocal(settings.staging(), conf)) {
        shards.forEach(shard -> local.add(Path.of(shard.shard())));
      } else {
        downloads = Files.createTempDirectory("newsfacts-shards");
        for (ShardSummary shard : shards) {
          local.add(ShardStaging.download(shard.shard(), downloads, conf));
        }
      }
      progress("merging " + local.size() + " index shards");
      index.addShards(local);
      index.commit();
    } finally {
      LocalFolders.deleteQuietly(downloads);
    }
  }

  private void progress(String message) {
    err.println("newsfacts-spark: " + message);
    err.flush();
  }
}
