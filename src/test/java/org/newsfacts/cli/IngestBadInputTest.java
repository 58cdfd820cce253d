package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;
import org.newsfacts.source.NastyFiles;

/**
 * {@code ingest} over a folder where good articles sit among every kind of bad file: each bad
 * file is one {@code path: what failed: why} line, the exit status and summary say something
 * failed, and every good article is indexed and searchable. Runs the real models on small texts;
 * {@code BadInputTest} covers more cases at the reader.
 */
class IngestBadInputTest {
  @TempDir static Path dir;
  static Path corpus;
  static String index;
  static CliRun ingest;

  @BeforeAll
  static void ingestAFolderOfBadAndGoodFiles() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), NastyFiles.SECRET);
    write("a-good.txt", "Bridge opens in Lyon\n\nThe mayor of Lyon opened the new bridge on Monday.");
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("truncated.pdf"), NastyFiles.truncatedPdf());
    Files.write(corpus.resolve("random.docx"), NastyFiles.randomBytes(8192));
    Files.write(corpus.resolve("encrypted.pdf"), NastyFiles.pdf("Encrypted text", true));
    NastyFiles.zipBomb(corpus.resolve("bomb.zip"), 2);
    write("entity.xml", NastyFiles.externalEntityXml(secret));
    NastyFiles.hugeText(corpus.resolve("huge.txt"), 60);
    Files.write(corpus.resolve("latin1.txt"),
        "Caf\u00e9 reopens\n\nThe caf\u00e9 in S\u00e3o Paulo reopened.".getBytes(StandardCharsets.ISO_8859_1));
    write("z-good.txt", "Budget approved in Oslo\n\nThe council of Oslo approved the budget on Tuesday.");
    index = dir.resolve("index").toString();
    ingest = CliRun.of("ingest", "--index", index, "--max-chars", "20000", "--max-nlp-chars", "2000",
        "--timeout", "60", corpus.toString());
  }

  @Test
  void eachBadFileIsOneLineAndTheExitStatusSaysSomethingFailed() {
    assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(CliExit.FAILURE);
    assertThat(ingest.out()).isEmpty();
    assertThat(ingest.err().lines()).contains(
        corpus.resolve("empty.txt") + ": no article text: the document holds no text",
        corpus.resolve("encrypted.pdf") + ": could not parse: encrypted document",
        corpus.resolve("bomb.zip") + ": could not read: entry zeros.txt unpacks to over 100 times"
            + " its compressed size (a zip bomb?)",
        corpus.resolve("huge.txt") + ": warning: text cut at 20000 characters");
    assertThat(ingest.err()).contains(corpus.resolve("truncated.pdf") + ": could not parse: ")
        .contains(corpus.resolve("random.docx") + ": could not parse: ")
        .contains(corpus.resolve("huge.txt") + ": warning: facts only from the first ")
        .doesNotContain("Exception", "\tat ");
    assertThat(ingest.err()).contains("5 read, 5 ingested, 0 skipped, 5 failed")
        .contains("holds 5 articles");
  }

  @Test
  void everyGoodArticleIsSearchable() throws IOException {
    assertThat(titles(CliRun.of("search", "--index", index, "--json", "--limit", "20"))).contains(
        "Bridge opens in Lyon", "Budget approved in Oslo", "Caf\u00e9 reopens",
        "A very long report");
    assertThat(titles(CliRun.of("search", "--index", index, "--json", "--place", "Oslo", "budget")))
        .containsExactly("Budget approved in Oslo");
  }

  @Test
  void anExternalEntitysTargetNeverReachesTheIndexOrTheOutput() {
    CliRun search = CliRun.of("search", "--index", index, "4711 OR entity");
    // The snippet shows the passages with query words; the text after the entity is checked below.
    assertThat(search.out()).contains("entity.xml").doesNotContain(NastyFiles.SECRET);
    CliRun report = CliRun.of("report", "--index", index, "--format", "json");
    assertThat(report.out()).doesNotContain(NastyFiles.SECRET);
    CliRun text = CliRun.of("text", corpus.resolve("entity.xml").toString());
    assertThat(text.out()).contains("After it.").doesNotContain(NastyFiles.SECRET);
    CliRun extract = CliRun.of("extract", corpus.resolve("entity.xml").toString());
    assertThat(extract.out()).contains("After it.").doesNotContain(NastyFiles.SECRET);
    assertThat(extract.err()).doesNotContain(NastyFiles.SECRET);
  }

  @Test
  void ingestingTheFolderAgainAddsNothing() {
    CliRun again = CliRun.of("ingest", "--index", index, "--max-chars", "20000", corpus.toString());
    assertThat(again.err()).contains("5 read, 0 ingested, 5 skipped, 5 failed")
        .contains("holds 5 articles");
  }

  @Test
  void aFileThatStallsIsCutOffByTheTimeLimitAndTheNextIsIngested() throws Exception {
    Path pipe = dir.resolve("stalled.txt");
    boolean made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    assumeThat(made).as("mkfifo available").isTrue();
    String other = dir.resolve("other-index").toString();
    CliRun run = CliRun.of("ingest", "--index", other, "--timeout", "0.5", pipe.toString(),
        corpus.resolve("a-good.txt").toString());
    try (OutputStream release = Files.newOutputStream(pipe)) {
      release.flush(); // lets the abandoned reader's open() return, so its thread ends
    }
    assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(run.err()).startsWith(pipe + ": could not parse: timed out after 500 ms\n")
        .contains("1 read, 1 ingested, 0 skipped, 1 failed");
  }

  private static java.util.List<String> titles(CliRun search) throws IOException {
    assertThat(search.exitCode()).as(search.err()).isZero();
    JsonNode hits = Json.MAPPER.readTree(search.out()).get("hits");
    java.util.List<String> titles = new java.util.ArrayList<>();
    hits.forEach(hit -> titles.add(hit.get("title").asText()));
    return titles;
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(corpus.resolve(name), content, StandardCharsets.UTF_8);
  }
}
