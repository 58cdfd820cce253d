package org.newsfacts.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one article from stalling fact extraction. CoreNLP's time and memory grow with
 * the text, and it cannot be stopped safely mid-annotation, so long texts are cut before it sees
 * them and an article that still runs too long is given up on (its worker is left to finish and
 * replaced).
 *
 * @param maxChars facts come from the first this many characters of the text (the whole text is
 *     still kept and indexed); the cut falls at a paragraph, line or word break
 * @param timeout an article whose extraction runs longer fails with {@code timed out}
 */
public record ExtractionLimits(int maxChars, Duration timeout) {
  public static final int DEFAULT_MAX_CHARS = 100_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** 100,000 characters (a long feature is 30,000) and two minutes. */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
  }

  /** Where to cut {@code text} for extraction: its end when it fits, else a break before the limit. */
  int cutPoint(String text) {
    if (text.length() <= maxChars) {
      return text.length();
    }
    int paragraph = text.lastIndexOf("\n\n", maxChars);
    if (paragraph > maxChars / 2) {
      return paragraph;
    }
    for (int i = maxChars; i > maxChars / 2; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    // One enormous word: cut anywhere but inside a surrogate pair.
    return Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
  }
}
