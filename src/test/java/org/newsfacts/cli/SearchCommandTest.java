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
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.SampleArticles;

class SearchCommandTest {
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
  void printsRankedHitsWithSnippetsFactsAndFacets() {
    CliRun run = CliRun.of("search", "--index", index, "troops", "iraq");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("2 articles for \"troops iraq\".")
        .contains("1. U.S. Plans Troops Withdrawal From Iraq by 2026")
        .contains("2024-09-27 · corpus/us-troops-withdrawal-iraq.txt · score ")
        .contains("**troops**")
        .contains("- quantity: 2500 troops — Iraq — 2024-09-27")
        .contains("Places: Iraq (2)")
        .contains("Years: 2023 (1), 2024 (1)");
  }

  @Test
  void jsonHasTheContractShape() throws IOException {
    CliRun run = CliRun.of("search", "--index", index, "--json", "--person", "al-Sudani", "--limit", "1");
    assertThat(run.exitCode()).isZero();
    JsonNode json = Json.MAPPER.readTree(run.out());
    assertThat(json.get("total").asInt()).isEqualTo(2);
    assertThat(json.get("hits")).hasSize(1);
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.fieldNames())
        .toIterable()
        .containsExactly("id", "title", "source", "published", "score", "snippets", "facts");
    assertThat(hit.get("facts").get(0).get("kind").asText()).isEqualTo("person");
    assertThat(hit.get("facts").get(0).get("name").asText()).isEqualTo("Mohammed Shia al-Sudani");
    assertThat(json.get("facets").get("people").get(0).get("value").asText())
        .isEqualTo("Mohammed Shia al-Sudani");
  }

  @Test
  void filtersNarrowTheResult() {
    CliRun run = CliRun.of("search", "--index", index, "--from", "2024", "--to", "2024-12-31", "--place", "Iraq");
    assertThat(run.out()).startsWith("2 articles, newest first.");
    assertThat(CliRun.of("search", "--index", index, "--person", "Nobody Atall").out())
        .isEqualTo("No articles found.\n".replace("\n", System.lineSeparator()));
  }

  @Test
  void malformedQueryIsOneLineOnStderr() {
    CliRun run = CliRun.of("search", "--index", index, "troops AND (");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("newsfacts search: bad query: 'troops AND (': '(' is not closed" + System.lineSeparator());
  }

  @Test
  void missingIndexIsOneLineOnStderr() {
    CliRun run = CliRun.of("search", "--index", dir.resolve("nowhere").toString(), "troops");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no index at").hasLineCount(1);
  }

  @Test
  void folderThatIsNotAnIndexIsOneLineOnStderr() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("notes.txt"), "x");
    CliRun run = CliRun.of("search", "--index", other.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("is not a Newsfacts index").hasLineCount(1);
  }

  @Test
  void badDateIsOneLineOnStderr() {
    CliRun run = CliRun.of("search", "--index", index, "--from", "last week");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("newsfacts search: bad query: from: not a date").hasLineCount(1);
  }

  @Test
  void negativeLimitIsAUsageError() {
    assertThat(CliRun.of("search", "--index", index, "--limit", "-1").exitCode()).isEqualTo(2);
  }
}
