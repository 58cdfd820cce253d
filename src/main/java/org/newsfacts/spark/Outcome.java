package org.newsfacts.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What an extraction task hands back, one of: an extracted article as Parquet rows, a line for
 * stderr, or the task's summary with the index shard it wrote.
 *
 * @param article the article's row of the articles table, or {@code null}
 * @param facts its rows of the facts table (empty unless {@code article} is set)
 * @param report a failure or warning line, or {@code null}
 * @param shard the task's summary, or {@code null}
 */
record Outcome(Row article, List<Row> facts, String report, ShardSummary shard)
    implements Serializable {

  static Outcome article(Row article, List<Row> facts) {
    return new Outcome(article, List.copyOf(facts), null, null);
  }

  static Outcome report(String line) {
    return new Outcome(null, List.of(), line, null);
  }

  static Outcome shard(ShardSummary summary) {
    return new Outcome(null, List.of(), null, summary);
  }

  boolean isArticle() {
    return article != null;
  }
}
