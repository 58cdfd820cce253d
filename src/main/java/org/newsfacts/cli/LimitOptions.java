package org.newsfacts.cli;

import java.time.Duration;
import org.newsfacts.pipeline.ExtractionLimits;
import org.newsfacts.source.ReaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The per-article limits that keep one bad file from stalling or exhausting a run: options shared
 * by the commands that read articles.
 */
public final class LimitOptions {
  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Cut article text after N characters, with a warning (default: ${DEFAULT-VALUE}).")
  int maxChars = ReaderOptions.DEFAULT_MAX_TEXT_CHARS;

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      description = "Refuse files, archive entries and JSON Lines lines larger than MB megabytes"
          + " (default: ${DEFAULT-VALUE}).")
  long maxFileMegabytes = ReaderOptions.DEFAULT_MAX_FILE_BYTES >> 20;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up on reading a file, or extracting an article's facts, after SECONDS"
          + " (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds = ReaderOptions.DEFAULT_TIMEOUT.toSeconds();

  /** The reader's limits, or a usage error when one is not positive. */
  public ReaderOptions reader(CommandLine cmd) {
    if (maxChars <= 0 || maxFileMegabytes <= 0 || !(timeoutSeconds > 0)) {
      throw new ParameterException(cmd, "--max-chars, --max-file-size and --timeout must be positive");
    }
    return new ReaderOptions(maxChars, timeout(), maxFileMegabytes << 20);
  }

  Duration timeout() {
    return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
  }

  /** The limits of fact extraction: {@code --max-nlp-chars} and {@code --timeout}. */
  public static final class Extraction {
    @Option(
        names = "--max-nlp-chars",
        paramLabel = "N",
        description = "Extract facts from the first N characters of an article only; the whole"
            + " text is still indexed (default: ${DEFAULT-VALUE}).")
    int maxNlpChars = ExtractionLimits.DEFAULT_MAX_CHARS;

    public ExtractionLimits limits(LimitOptions read, CommandLine cmd) {
      if (maxNlpChars <= 0) {
        throw new ParameterException(cmd, "--max-nlp-chars must be positive");
      }
      return new ExtractionLimits(maxNlpChars, read.timeout());
    }
  }
}
