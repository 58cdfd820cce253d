package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;

/**
 * The whole pipeline through the command line on the repository's sample corpus: ingest with the
 * real CoreNLP models into a fresh index, then search and report from it.
 */
class EndToEndTest {
  @TempDir static Path dir;
  static String index;
  static CliRun firstIngest;

  @BeforeAll
  static void ingestTheCorpus() {
    index = dir.resolve("index").toString();
    firstIngest = CliRun.of("ingest", "--index", index, "corpus");
  }

  @Test
  void ingestIndexesTheSeedOnceWhateverItsFormat() {
    assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
    assertThat(firstIngest.out()).isEmpty();
    assertThat(firstIngest.err())
        .contains("4 read, 1 ingested, 3 skipped, 0 failed")
        .contains("holds 1 articles");
  }

  @Test
  void reingestingUnchangedFilesAddsNothing() {
    CliRun again = CliRun.of("ingest", "--index", index, "corpus");
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("0 ingested, 4 skipped").contains("holds 1 articles");
  }

  @Test
  void searchFindsTheArticleByWordPersonAndNotByStranger() throws IOException {
    JsonNode troops = json(CliRun.of("search", "--index", index, "--json", "troops"));
    assertThat(troops.get("total").asInt()).isEqualTo(1);
    JsonNode hit = troops.get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("U.S. Plans Troops Withdrawal From Iraq by 2026");
    assertThat(hit.get("published").asText()).isEqualTo("2024-09-27");
    assertThat(hit.get("snippets").toString()).containsIgnoringCase("troops");

    JsonNode sudani =
        json(CliRun.of("search", "--index", index, "--json", "--person", "al-Sudani", "withdrawal"));
    assertThat(sudani.get("total").asInt()).isEqualTo(1);

    JsonNode nobody =
        json(CliRun.of("search", "--index", index, "--json", "--person", "Nobody Atall", "troops"));
    assertThat(nobody.get("total").asInt()).isZero();
  }

  @Test
  void quantityAndPlaceClausesReachTheFacts() throws IOException {
    JsonNode found =
        json(
            CliRun.of(
                "search", "--index", index, "--json", "--place", "Iraq",
                "quantity.unit:troops AND quantity.value:[1000 TO *]"));
    assertThat(found.get("total").asInt()).isEqualTo(1);
    assertThat(found.get("hits").get(0).get("facts").toString()).contains("\"value\":2500");
  }

  @Test
  void markdownReportNamesThePeople() throws IOException {
    Path out = dir.resolve("report.md");
    CliRun run = CliRun.of("report", "--index", index, "--format", "md", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .contains("Thabit al-Abbasi (Defense Minister)")
        .contains("Mohammed Shia al-Sudani")
        .contains("2500 troop");
  }

  @Test
  void extractWritesOneCompleteJsonLinePerArticle() throws IOException {
    CliRun run =
        CliRun.of("extract", "--published", "2024-09-27", "corpus/us-troops-withdrawal-iraq.txt");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode article = Json.MAPPER.readTree(lines[0]);
    assertThat(article.fieldNames())
        .toIterable()
        .contains("id", "source", "title", "published", "text", "mentions", "facts");
    assertThat(article.get("published").asText()).isEqualTo("2024-09-27");
  }

  @Test
  void badDateIsAUsageErrorNotAStackTrace() {
    CliRun run = CliRun.of("extract", "--published", "27/09/2024", "corpus");
    assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(run.err()).contains("--published must be a date").doesNotContain("Exception");
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.MAPPER.readTree(run.out());
  }
}
