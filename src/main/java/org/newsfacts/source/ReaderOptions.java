package org.newsfacts.source;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one bad file from stalling or exhausting a batch.
 *
 * @param maxTextChars article text beyond this many characters is cut off (with a warning)
 * @param timeout a file whose parsing takes longer fails with {@code timed out}
 * @param maxFileBytes larger files fail without being opened
 */
public record ReaderOptions(int maxTextChars, Duration timeout, long maxFileBytes) {
  public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

  public ReaderOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (maxTextChars <= 0 || maxFileBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The defaults: 5 million characters, two minutes, 512 MB. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_TEXT_CHARS, DEFAULT_TIMEOUT, DEFAULT_MAX_FILE_BYTES);
  }
}
