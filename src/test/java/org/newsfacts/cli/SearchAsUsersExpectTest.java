package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.fact.Json;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.SampleArticles;

/** Search through the command line as a user types it: hyphens, filters alone, JSON, typos. */
class SearchAsUsersExpectTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSamples() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir.resolve("index"), false)) {
      SampleArticles.all().forEach(writer::add);
      writer.add(SampleArticles.craneCollapse());
      writer.add(SampleArticles.covidWards());
    }
    index = dir.resolve("index").toString();
  }

  @Test
  void aHyphenatedNameIsOnePhrase() throws IOException {
    // The crane story has "al-Amr" and "al-Ikhbariya" but no al-Abbasi.
    assertThat(ids("al-Abbasi")).containsExactly(SampleArticles.SEED_ID);
    assertThat(ids("abbasi")).containsExactly(SampleArticles.SEED_ID);
    assertThat(ids("al")).contains(SampleArticles.SEED_ID, "mecca-crane");
    CliRun run = CliRun.of("search", "--index", index, "al-Abbasi");
    assertThat(run.out()).startsWith("1 article for \"al-Abbasi\".").contains("Thabit **al-Abbasi**").doesNotContain("**al**");
  }

  @Test
  void aHyphenatedWordIsOnePhrase() throws IOException {
    // The crane story has "COVID" and "19" apart.
    assertThat(ids("COVID-19")).containsExactly("covid-wards");
    assertThat(ids("covid")).containsExactlyInAnyOrder("covid-wards", "mecca-crane");
    assertThat(ids("title:covid-19 OR \"covid-19 cases\"")).containsExactly("covid-wards");
  }

  @Test
  void filtersAloneRankNewestFirstWithoutScores() throws IOException {
    CliRun run = CliRun.of("search", "--index", index, "--place", "Iraq");
    assertThat(run.out()).startsWith("3 articles, newest first.").doesNotContain("score");
    assertThat(run.out().indexOf("2024-09-27")).isLessThan(run.out().indexOf("2024-09-02"));
    assertThat(run.out().indexOf("2024-09-02")).isLessThan(run.out().indexOf("2023-11-15"));

    JsonNode json = json("--place", "Iraq");
    assertThat(json.get("rankedBy").asText()).isEqualTo("date");
    List<String> dates = new ArrayList<>();
    json.get("hits").forEach(hit -> {
      assertThat(hit.get("score").isNull()).isTrue();
      dates.add(hit.get("published").asText());
    });
    assertThat(dates).containsExactly("2024-09-27", "2024-09-02", "2023-11-15");

    JsonNode everything = json("--from", "2015");
    assertThat(everything.get("hits")).extracting(h -> h.get("published").asText())
        .containsExactly("2024-09-27", "2024-09-02", "2023-11-15", "2021-01-20", "2015-09-12");
  }

  @Test
  void queryWordsRankByRelevanceWithScores() throws IOException {
    JsonNode json = json("--", "troops");
    assertThat(json.get("rankedBy").asText()).isEqualTo("relevance");
    json.get("hits").forEach(hit -> assertThat(hit.get("score").floatValue()).isPositive());
    assertThat(CliRun.of("search", "--index", index, "troops").out()).contains(" · score ");
  }

  @Test
  void jsonSnippetsArePlainTextWithTheOffsetsOfTheMatches() throws IOException {
    CliRun run = CliRun.of("search", "--index", index, "--json", "troops", "OR", "COVID-19");
    assertThat(run.out()).doesNotContain("**");
    JsonNode hits = Json.MAPPER.readTree(run.out()).get("hits");
    assertThat(hits).hasSizeGreaterThanOrEqualTo(3);
    int marked = 0;
    for (JsonNode hit : hits) {
      for (JsonNode snippet : hit.get("snippets")) {
        assertThat(snippet.fieldNames()).toIterable().containsExactly("text", "highlights");
        String text = snippet.get("text").asText();
        int previousEnd = 0;
        for (JsonNode span : snippet.get("highlights")) {
          int start = span.get(0).asInt();
          int end = span.get(1).asInt();
          assertThat(start).isGreaterThanOrEqualTo(previousEnd);
          assertThat(text.substring(start, end)).isIn("troops", "Troops", "COVID-19");
          previousEnd = end;
          marked++;
        }
      }
    }
    assertThat(marked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void humanOutputMarksTheSameWords() {
    assertThat(CliRun.of("search", "--index", index, "COVID-19").out())
        .contains("as **COVID-19** cases rose");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "troops AND (        | 'troops AND (': '(' is not closed",
        "troops)             | 'troops)': ')' at character 7 has no '(' before it",
        "troops AND          | 'troops AND': 'AND' at the end needs a word after it",
        "OR troops           | 'OR troops': 'OR' at character 1 needs a word before it",
        "\"al Abbasi         | '\"al Abbasi': a quote (\") is not closed",
        "troops person:      | 'troops person:': 'person:' needs a value after it",
        "published:[2024 TO  | 'published:[2024 TO': a range ('[' or '{') is not closed",
        "colour:red          | 'colour:red': unknown field 'colour' (fields: title, text, published,"
            + " person, person.role, place, place.subtype, org, kind, quantity.value, quantity.unit,"
            + " quantity.dimension, quantity.si_value, quantity.currency, quantity.change,"
            + " quantity.date, event.date, sentence)",
      })
  void aMalformedQueryIsOneReadableLine(String query, String message) {
    CliRun run = CliRun.of("search", "--index", index, "--", query);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("newsfacts search: bad query: " + message + System.lineSeparator());
  }

  private static List<String> ids(String query) throws IOException {
    List<String> ids = new ArrayList<>();
    json("--", query).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static JsonNode json(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("search", "--index", index, "--json", "--limit", "20"));
    command.addAll(List.of(args));
    CliRun run = CliRun.of(command.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.MAPPER.readTree(run.out());
  }
}
