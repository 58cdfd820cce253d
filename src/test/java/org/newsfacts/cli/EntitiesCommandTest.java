package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;

/** {@code entities} and the entity parts of {@code report}, through the CLI on {@code corpus/}. */
class EntitiesCommandTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void ingestTheCorpus() {
    index = dir.resolve("index").toString();
    CliRun ingest = CliRun.of("ingest", "--index", index, "corpus");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("entities across the index");
    assertThat(dir.resolve("index").resolve("entities.tsv")).exists();
  }

  @Test
  void jsonListsEveryEntityWithItsCountsAndPlacesWithCoordinates() throws IOException {
    CliRun run = CliRun.of("entities", "--index", index, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode all = Json.MAPPER.readTree(run.out());
    assertThat(all.isArray()).isTrue();
    List<String> names = new ArrayList<>();
    for (JsonNode e : all) {
      names.add(e.get("name").asText());
      assertThat(e.get("id").asText()).startsWith(e.get("type").asText() + ":");
      assertThat(e.get("articles").asInt()).as("one story in four formats").isEqualTo(1);
      assertThat(e.get("stories").asInt()).isEqualTo(1);
      assertThat(e.get("first").asText()).isEqualTo("2024-09-27");
      assertThat(e.has("aliases")).isTrue();
      assertThat(e.get("name").asText()).doesNotContain("\n");
    }
    assertThat(names).contains("Thabit al-Abbasi", "Iraq", "Pentagon");
    JsonNode iraq = find(all, "Iraq");
    assertThat(iraq.get("type").asText()).isEqualTo("place");
    assertThat(iraq.get("country").asText()).isEqualTo("IQ");
    assertThat(iraq.get("lat").asDouble()).isBetween(29.0, 37.5);
    assertThat(iraq.get("lon").asDouble()).isBetween(38.0, 49.0);
    assertThat(iraq.get("gazetteerId").asText()).isEqualTo("iso3166:IQ");
  }

  @Test
  void typeQueryAndLimitSelect() throws IOException {
    JsonNode people =
        Json.MAPPER.readTree(CliRun.of("entities", "--index", index, "--type", "person", "--format", "json").out());
    for (JsonNode e : people) {
      assertThat(e.get("type").asText()).isEqualTo("person");
      assertThat(e.has("lat")).isFalse();
    }
    JsonNode sudani =
        Json.MAPPER.readTree(CliRun.of("entities", "--index", index, "--format", "json", "al-Sudani").out());
    assertThat(sudani).hasSize(1);
    assertThat(sudani.get(0).get("name").asText()).isEqualTo("Mohammed Shia al-Sudani");
    JsonNode two = Json.MAPPER.readTree(CliRun.of("entities", "--index", index, "--format", "json", "--limit", "2").out());
    assertThat(two).hasSize(2);
  }

  @Test
  void csvHasItsHeaderAndTableItsColumns() {
    CliRun csv = CliRun.of("entities", "--index", index, "--format", "csv", "--type", "place");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    String[] lines = csv.out().split("\r?\n");
    assertThat(lines[0]).startsWith("id,name,type,articles");
    assertThat(csv.out()).contains("place:iraq,Iraq,place,1");
    CliRun table = CliRun.of("entities", "--index", index);
    assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("name").contains("articles");
  }

  @Test
  void badTypeIsOneLine() {
    CliRun run = CliRun.of("entities", "--index", index, "--type", "planet");
    assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(run.err()).contains("unknown entity type 'planet'").doesNotContain("Exception");
  }

  @Test
  void htmlReportHasTheMapWithOneMarkPerPlace() throws IOException {
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--index", index, "--format", "html", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Document page = Jsoup.parse(Files.readString(out));
    assertThat(page.select("nav a[href=#map]")).hasSize(1);
    assertThat(page.select("svg[data-chart=map] circle.place")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(page.select("svg[data-chart=map] path.land").attr("d")).hasSizeGreaterThan(10_000);
    assertThat(page.select("svg[data-chart=map] circle title").eachText()).anyMatch(t -> t.startsWith("Iraq (IQ)"));
  }

  @Test
  void personProfileGivesTimelineAndCompany() throws IOException {
    CliRun run = CliRun.of("report", "--index", index, "--person", "al-Abbasi", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode profile = Json.MAPPER.readTree(run.out());
    assertThat(profile.get("entity").get("name").asText()).isEqualTo("Thabit al-Abbasi");
    assertThat(profile.get("articles")).hasSize(1);
    assertThat(profile.get("timeline").toString()).contains("Defense Minister");
    assertThat(profile.get("places").toString()).contains("Iraq");

    CliRun html = CliRun.of("report", "--index", index, "--place", "Iraq", "--format", "html");
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(Jsoup.parse(html.out()).select("svg[data-chart=map] circle.place")).hasSize(1);

    CliRun nobody = CliRun.of("report", "--index", index, "--org", "Nobody Inc");
    assertThat(nobody.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(nobody.err()).contains("no organization called 'Nobody Inc'");
  }

  private static JsonNode find(JsonNode all, String name) {
    for (JsonNode e : all) {
      if (e.get("name").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + name + " in " + all);
  }
}
