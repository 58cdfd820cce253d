package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.Json;
import org.newsfacts.index.SampleArticles;

class JsonReportTest {
  @Test
  void holdsTalliesAndEachArticlesFactsButNotItsText() throws IOException {
    StringWriter out = new StringWriter();
    new JsonReport().write(Report.of("all articles", SampleArticles.all()), out);
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertThat(json.get("articleCount").asInt()).isEqualTo(4);
    assertThat(json.get("people").get(0).get("name").asText()).isEqualTo("Mohammed Shia al-Sudani");
    assertThat(json.get("people").get(0).has("detail")).isFalse();
    assertThat(json.get("places").get(0).get("detail").asText()).isEqualTo("COUNTRY");
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("scope", "articleCount", "people", "places", "organizations", "timeline", "articles");
    JsonNode events = json.get("timeline").get("events");
    assertThat(events).hasSize(7);
    assertThat(events.get(0).get("date").asText()).isEqualTo("2026");
    assertThat(events.get(0).get("articleId").asText()).isEqualTo(SampleArticles.SEED_ID);
    assertThat(events.get(0).get("fact").get("kind").asText()).isEqualTo("event");
    assertThat(events.get(6).get("date").asText()).isEqualTo("1987-02-26");
    assertThat(json.get("timeline").get("farFromPublication").asInt()).isZero();
    JsonNode seed = json.get("articles").get(0);
    assertThat(seed.get("id").asText()).isEqualTo(SampleArticles.SEED_ID);
    assertThat(seed.has("text")).isFalse();
    Fact first = Json.MAPPER.treeToValue(seed.get("facts").get(0), Fact.class);
    assertThat(first).isEqualTo(SampleArticles.seed().facts().get(0));
  }
}
