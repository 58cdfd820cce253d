package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.SampleArticles;

/**
 * The index shared between commands: a search while an ingest writes sees the last commit, a
 * second writer is turned away with one line, and a folder that is no usable index is one line.
 */
class IndexConcurrencyTest {
  @TempDir Path dir;

  @Test
  void aSearchDuringAnIngestSeesTheLastCommittedState() throws IOException {
    Path index = dir.resolve("index");
    try (FactIndexWriter writer = FactIndexWriter.open(index, false)) {
      writer.add(SampleArticles.seed());
      writer.add(SampleArticles.oilExports());
      writer.commit();
      writer.add(SampleArticles.waterTalks());
      writer.add(SampleArticles.cocoa());

      assertThat(total(index)).isEqualTo(2);
      CliRun report = CliRun.of("report", "--index", index.toString(), "--format", "md");
      assertThat(report.exitCode()).as(report.err()).isZero();
      assertThat(report.out()).contains(SampleArticles.oilExports().title())
          .doesNotContain(SampleArticles.cocoa().title());

      writer.commit();
      assertThat(total(index)).isEqualTo(4);
    }
  }

  @Test
  void aSecondIngestIntoAnIndexInUseIsTurnedAwayWithOneLine() throws IOException {
    Path index = dir.resolve("index");
    try (FactIndexWriter writer = FactIndexWriter.open(index, false)) {
      CliRun second = CliRun.of("ingest", "--index", index.toString(), dir.toString());
      assertThat(second.exitCode()).isEqualTo(CliExit.FAILURE);
      assertThat(second.err())
          .isEqualTo("newsfacts ingest: " + index + " is in use by another newsfacts process\n");
    }
  }

  @Test
  void anIndexOfANewerFormatIsOneLineForEveryCommand() throws IOException {
    Path index = dir.resolve("index");
    writeLuceneIndex(index, Map.of("newsfacts.index.format", "99"));
    for (String command : new String[] {"search", "report", "ingest"}) {
      CliRun run = CliRun.of(command, "--index", index.toString(), dir.resolve("none").toString());
      assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
      assertThat(run.err()).isEqualTo("newsfacts " + command + ": " + index
          + " has index format 99, newer than this Newsfacts reads (1); update Newsfacts\n");
    }
  }

  @Test
  void aFolderThatIsNoIndexIsOneLine() throws IOException {
    Path notIndex = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(notIndex.resolve("holiday.jpg"), "not really a photo");
    CliRun search = CliRun.of("search", "--index", notIndex.toString(), "iraq");
    assertThat(search.err()).isEqualTo("newsfacts search: " + notIndex
        + " is not a Newsfacts index (run 'newsfacts ingest')\n");
    CliRun ingest = CliRun.of("ingest", "--index", notIndex.toString(), dir.resolve("none").toString());
    assertThat(ingest.err()).isEqualTo("newsfacts ingest: " + notIndex
        + " is not a Newsfacts index and not empty; refusing to write into it\n");
    assertThat(Files.readString(notIndex.resolve("holiday.jpg"))).isEqualTo("not really a photo");
  }

  @Test
  void aDamagedIndexIsOneLine() throws IOException {
    Path index = dir.resolve("index");
    try (FactIndexWriter writer = FactIndexWriter.open(index, false)) {
      writer.add(SampleArticles.seed());
    }
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    CliRun search = CliRun.of("search", "--index", index.toString(), "iraq");
    assertThat(search.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(search.err()).startsWith("newsfacts search: " + index).doesNotContain("\tat ")
        .hasLineCount(1);
  }

  private static int total(Path index) throws IOException {
    CliRun search = CliRun.of("search", "--index", index.toString(), "--json");
    assertThat(search.exitCode()).as(search.err()).isZero();
    JsonNode json = Json.MAPPER.readTree(search.out());
    return json.get("total").asInt();
  }

  private static void writeLuceneIndex(Path index, Map<String, String> userData) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }
}
