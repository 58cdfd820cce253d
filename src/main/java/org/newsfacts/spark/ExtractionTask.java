package org.newsfacts.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.pipeline.ArticleBatch;
import org.newsfacts.pipeline.BatchSummary;
import org.newsfacts.pipeline.StoryCopies;

/**
 * The extraction half of a task: one partition's articles through the same {@link ArticleBatch}
 * as {@code ingest} (the JVM's one {@link FactExtractor#shared()} pipeline, the same limits,
 * failures and warnings), each extracted article added to the task's own index shard by the same
 * {@link FactIndexWriter} and turned into Parquet rows.
 */
final class ExtractionTask {
  private ExtractionTask() {}

  static Iterator<Outcome> run(
      Iterator<Article> articles, JobSettings settings, Configuration hadoop) throws IOException {
    TaskContext task = TaskContext.get();
    String name = ShardStaging.shardName(task.partitionId(), task.taskAttemptId());
    boolean localStaging = ShardStaging.isLocal(settings.staging(), hadoop);
    Path shard =
        localStaging
            ? Path.of(InputListing.localPath(settings.staging())).resolve(name)
            : Files.createTempDirectory("newsfacts-shard").resolve(name);
    List<Outcome> outcomes = new ArrayList<>();
    StringWriter reports = new StringWriter();
    BatchSummary summary;
    try (FactIndexWriter writer = FactIndexWriter.open(shard, true);
        PrintWriter err = new PrintWriter(reports)) {
      // One extraction thread per task: Spark runs as many tasks at once as it has cores.
      ArticleBatch batch =
          new ArticleBatch(
              SharedReaders.reader(settings.readerOptions()),
              FactExtractor.shared(),
              settings.extractionLimits(),
              1,
              err);
      summary =
          batch.run(
              articles,
              "spark",
              settings.published(),
              article -> false,
              extracted -> {
                writer.add(extracted, StoryCopies.signature(extracted.text()).minHashes());
                outcomes.add(Outcome.article(FactRows.article(extracted), FactRows.facts(extracted)));
              });
    }
    reports.toString().lines().forEach(line -> outcomes.add(Outcome.report(line)));
    String shardLocation = shard.toString();
    if (!localStaging) {
      shardLocation = settings.staging() + "/" + name;
      ShardStaging.upload(shard, shardLocation, hadoop);
      LocalFolders.deleteQuietly(shard.getParent());
    }
    outcomes.add(
        Outcome.shard(
            new ShardSummary(
                task.partitionId(),
                shardLocation,
                summary.extracted(),
                summary.failed(),
                summary.facts())));
    return outcomes.iterator();
  }
}
