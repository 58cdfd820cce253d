package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-article limits on the command line (no models: text and argument checks only). */
class LimitOptionsTest {
  @TempDir Path dir;

  @Test
  void textCutsAtMaxCharsWithAWarningAndStillSucceeds() throws IOException {
    Path file = Files.writeString(dir.resolve("long.txt"),
        "Long story\n\n" + "word ".repeat(50), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("text", "--max-chars", "30", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("word word word wor\n"); // the title line is not main text
    assertThat(run.err()).isEqualTo(file + ": warning: text cut at 30 characters\n");
  }

  @Test
  void aFileOverMaxFileSizeFailsUnread() throws IOException {
    Path file = Files.write(dir.resolve("big.txt"), new byte[2 << 20]);
    CliRun run = CliRun.of("text", "--max-file-size", "1", file.toString());
    assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(run.err()).isEqualTo(file + ": could not read: larger than 1048576 bytes\n");
  }

  @Test
  void limitsThatAreNotPositiveAreUsageErrors() {
    for (String[] args : new String[][] {
        {"text", "--timeout", "0", "x"},
        {"text", "--max-chars", "-1", "x"},
        {"extract", "--max-nlp-chars", "0", "x"},
        {"ingest", "--index", dir.resolve("index").toString(), "--timeout", "-2", "x"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(CliExit.USAGE);
      assertThat(run.err()).contains("must be positive").doesNotContain("\tat ");
    }
    assertThat(dir.resolve("index")).doesNotExist();
  }
}
