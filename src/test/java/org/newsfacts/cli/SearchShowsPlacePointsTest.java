package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.Json;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.index.FactIndexWriter;

/** Place facts keep their point through the index: search shows where a place is. */
class SearchShowsPlacePointsTest {
  @TempDir Path dir;

  private String indexOneArticle() throws IOException {
    String text = "Floods hit Mosul. Rescuers reached Mosul on Monday.";
    List<Fact> facts =
        List.of(
            new PlaceFact("Mosul", "CITY", null, 2, 11, 16, "Floods hit Mosul.")
                .located(new GeoPoint(36.335, 43.1189, "IQ", "geonames:99072")));
    ExtractedArticle article =
        new ExtractedArticle("a1", "corpus/floods.txt", "Floods hit Mosul", List.of(), "2024-05-06", text, List.of(), facts);
    try (FactIndexWriter writer = FactIndexWriter.open(dir.resolve("index"), false)) {
      writer.add(article);
    }
    return dir.resolve("index").toString();
  }

  @Test
  void jsonFactsCarryLatLonAndCountry() throws IOException {
    CliRun run = CliRun.of("search", "--index", indexOneArticle(), "--json", "floods");

    JsonNode fact = Json.MAPPER.readTree(run.out()).get("hits").get(0).get("facts").get(0);
    assertThat(fact.get("kind").asText()).isEqualTo("place");
    assertThat(fact.get("lat").asDouble()).isEqualTo(36.335);
    assertThat(fact.get("lon").asDouble()).isEqualTo(43.1189);
    assertThat(fact.get("country").asText()).isEqualTo("IQ");
    assertThat(fact.get("gazetteerId").asText()).isEqualTo("geonames:99072");
  }

  @Test
  void textResultsShowThePoint() throws IOException {
    CliRun run = CliRun.of("search", "--index", indexOneArticle(), "floods");

    assertThat(run.out()).contains("- place: Mosul (CITY, IQ; 36.335, 43.1189)");
  }
}
