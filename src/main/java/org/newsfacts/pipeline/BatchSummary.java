package org.newsfacts.pipeline;

import java.time.Duration;

/**
 * What a batch did.
 *
 * @param read articles read from the inputs
 * @param extracted articles whose facts were extracted and handed on
 * @param skipped articles left alone because they were already done (unchanged in the index)
 * @param failed articles or files that could not be read or extracted
 * @param facts facts extracted in all
 * @param elapsed wall-clock time of the batch
 */
public record BatchSummary(
    long read, long extracted, long skipped, long failed, long facts, Duration elapsed) {

  /** True when nothing failed. */
  public boolean ok() {
    return failed == 0;
  }

  /** One line for stderr, e.g. {@code 25 read, 24 ingested, 1 skipped, 0 failed; 812 facts; 41.2 s}. */
  public String describe(String doneVerb) {
    double seconds = elapsed.toMillis() / 1000.0;
    return String.format(
        java.util.Locale.ROOT,
        "%d read, %d %s, %d skipped, %d failed; %d facts; %.1f s (%.1f articles/s)",
        read,
        extracted,
        doneVerb,
        skipped,
        failed,
        facts,
        seconds,
        seconds > 0 ? extracted / seconds : 0.0);
  }
}
