package org.newsfacts.spark;

import java.io.Serializable;
import java.time.Duration;
import org.newsfacts.pipeline.ExtractionLimits;
import org.newsfacts.source.ReaderOptions;

/**
 * What every task needs to know, in a form Spark can ship to executors (the limits records are
 * not serialisable themselves).
 *
 * @param maxTextChars {@link ReaderOptions#maxTextChars()}
 * @param timeoutMillis reading one file, or extracting one article, is given up after this long
 * @param maxFileBytes {@link ReaderOptions#maxFileBytes()}
 * @param maxNlpChars {@link ExtractionLimits#maxChars()}
 * @param published publication date for articles that give none, or {@code null}
 * @param staging the folder (local path or Hadoop URI) where tasks leave their index shards
 */
record JobSettings(
    int maxTextChars,
    long timeoutMillis,
    long maxFileBytes,
    int maxNlpChars,
    String published,
    String staging)
    implements Serializable {

  static JobSettings of(
      ReaderOptions reader, ExtractionLimits extraction, String published, String staging) {
    return new JobSettings(
        reader.maxTextChars(),
        reader.timeout().toMillis(),
        reader.maxFileBytes(),
        extraction.maxChars(),
        published,
        staging);
  }

  ReaderOptions readerOptions() {
    return new ReaderOptions(maxTextChars, Duration.ofMillis(timeoutMillis), maxFileBytes);
  }

  ExtractionLimits extractionLimits() {
    return new ExtractionLimits(maxNlpChars, Duration.ofMillis(timeoutMillis));
  }
}
