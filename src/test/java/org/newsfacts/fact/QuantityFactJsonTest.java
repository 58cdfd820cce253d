package org.newsfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityFactJsonTest {
  private static final QuantityFact RANGE =
      new QuantityFact(
          new BigDecimal("120"), new BigDecimal("150"), "kilometre", "length", null,
          new BigDecimal("120000"), "~", "between 120 and 150", null, null, 10, 40, "s");

  @Test
  void writesARangeAsTwoNumbersAndTheSiValueInSnakeCase() throws Exception {
    JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString((Fact) RANGE));

    assertThat(json.get("kind").asText()).isEqualTo("quantity");
    assertThat(json.get("value").toString()).isEqualTo("[120,150]");
    assertThat(json.get("si_value").asInt()).isEqualTo(120000);
    assertThat(json.get("change").asText()).isEqualTo("~");
    assertThat(json.has("high")).isFalse();
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    QuantityFact single =
        new QuantityFact(new BigDecimal("2500"), "troop", null, "2,500", "Iraq", null, 3, 9, "s");
    for (QuantityFact fact : new QuantityFact[] {RANGE, single}) {
      Fact read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString((Fact) fact), Fact.class);
      assertThat(read).isEqualTo(fact);
    }
  }

  @Test
  void readsOlderRecordsWithoutChangeAsExact() throws Exception {
    Fact read =
        Json.MAPPER.readValue(
            "{\"kind\":\"quantity\",\"value\":2500,\"unit\":\"troops\",\"start\":1,\"end\":2}",
            Fact.class);

    assertThat(((QuantityFact) read).change()).isEqualTo("=");
  }
}
