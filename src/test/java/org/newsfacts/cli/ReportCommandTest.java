package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.SampleArticles;

class ReportCommandTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSamples() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir.resolve("index"), false)) {
      SampleArticles.all().forEach(writer::add);
    }
    index = dir.resolve("index").toString();
  }

  @Test
  void markdownReportOfTheWholeIndexMatchesTheGoldenFile() throws IOException {
    CliRun run = CliRun.of("report", "--index", index);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    // The index lists articles newest first, the order the golden file has.
    assertThat(run.out().replace(System.lineSeparator(), "\n")).isEqualTo(golden());
  }

  @Test
  void queryNarrowsTheReport() {
    CliRun run = CliRun.of("report", "--index", index, "person:al-Sudani");
    assertThat(run.out())
        .contains("Articles: 2 (query: person:al-Sudani)")
        .contains("### Iraq Oil Exports Rise in August")
        .doesNotContain("Cocoa");
  }

  @Test
  void writesToAFileWhenAsked() throws IOException {
    Path out = dir.resolve("report.md");
    CliRun run = CliRun.of("report", "--index", index, "--out", out.toString(), "--format", "MD");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote 4 articles to");
    assertThat(Files.readString(out)).startsWith("# Newsfacts report");
  }

  @Test
  void unknownArticleIsOneLineOnStderr() {
    CliRun run = CliRun.of("report", "--index", index, "--article", "nope");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no article with id nope").hasLineCount(1);
  }

  @Test
  void oneArticleReport() {
    CliRun run = CliRun.of("report", "--index", index, "--article", "cocoa-prices");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("# Fact sheet: Cocoa Prices Climb on Dry Weather")
        .contains("- 1200 tonnes — 1987-02-26 — “Traders said")
        .doesNotContain("Most mentioned");
  }

  @Test
  void missingIndexIsOneLineOnStderr() {
    CliRun run = CliRun.of("report", "--index", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no index at").hasLineCount(1);
  }

  private static String golden() throws IOException {
    try (InputStream in =
        ReportCommandTest.class.getResourceAsStream("/org/newsfacts/report/sample-report.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
