package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Json;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/**
 * The seed article through the real CoreNLP pipeline: the facts the project promises on it, and a
 * golden file of all of them. Regenerate the golden file after a deliberate change with
 * {@code mvn test -Dtest=SeedArticleFactsTest -Dgolden.update=true} and review its diff.
 */
class SeedArticleFactsTest {
  private static final Path SEED = Path.of("corpus/us-troops-withdrawal-iraq.txt");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/us-troops-withdrawal-iraq.facts.json");
  private static ExtractedArticle seed;

  @BeforeAll
  static void extractOnce() throws IOException {
    String text = Files.readString(SEED);
    seed = FactExtractor.shared().extract(new Article("seed", SEED.toString(), null, List.of(), "2024-09-27", text));
  }

  private static List<String> canonical(MentionType type) {
    return seed.mentions().stream().filter(m -> m.type() == type).map(Mention::canonical).distinct().toList();
  }

  @Test
  void findsThePeopleWithTheirRoles() {
    assertThat(seed.factsOf(PersonFact.class))
        .extracting(PersonFact::name, PersonFact::role)
        .contains(
            tuple("Thabit al-Abbasi", "Defense Minister"),
            tuple("Mohammed Shia al-Sudani", "Prime Minister"),
            tuple("Adam Smith", "Rep."),
            tuple("Saddam Hussein", null));
  }

  @Test
  void aTitleWrappedOverTwoLinesOfAWireStoryIsOneTitle() {
    String wrapped = "The finance minister said on Monday that he would explain the\n"
        + "decision to U.S. Treasury Secretary James Baker and to Defense\n"
        + "Minister Thabit al-Abbasi before travelling to Europe at the\n"
        + "weekend, where he is expected to meet the country's creditors\n"
        + "and bankers in London and Paris.";
    ExtractedArticle wire = FactExtractor.shared()
        .extract(new Article("wire", "wire.txt", null, List.of(), "2024-09-27", wrapped));

    assertThat(wire.factsOf(PersonFact.class))
        .extracting(PersonFact::name, PersonFact::role)
        .contains(tuple("Thabit al-Abbasi", "Defense Minister"));
  }

  @Test
  void surnameMentionSharesTheFullName() {
    assertThat(seed.mentions())
        .filteredOn(m -> m.text().equals("Abbasi"))
        .extracting(Mention::canonical)
        .containsOnly("Thabit al-Abbasi");
  }

  @Test
  void findsThePlaces() {
    assertThat(canonical(MentionType.LOCATION)).contains("Iraq", "Syria", "Jordan", "Kurdistan", "United States");
    assertThat(seed.factsOf(PlaceFact.class))
        .filteredOn(p -> p.name().equals("United States"))
        .extracting(PlaceFact::subtype, PlaceFact::iso)
        .containsExactly(tuple("COUNTRY", "US"));
  }

  @Test
  void pastMonthResolvesToThePastYear() {
    Mention january = seed.mentions().stream().filter(m -> m.text().equals("January")).findFirst().orElseThrow();
    assertThat(january.type()).isEqualTo(MentionType.DATE);
    assertThat(january.value()).isEqualTo("2024-01");
    assertThat(seed.mentions())
        .filteredOn(m -> m.type() == MentionType.DATE)
        .extracting(Mention::timex)
        .contains("2026", "2024", "2025", "2024-08");
  }

  @Test
  void numbersAreNumbers() {
    Mention troops = seed.mentions().stream().filter(m -> m.text().equals("2,500")).findFirst().orElseThrow();
    assertThat(troops.type()).isEqualTo(MentionType.NUMBER);
    assertThat(troops.number()).isEqualByComparingTo("2500");
  }

  @Test
  void quantitiesTieNumberUnitPlaceAndDate() {
    assertThat(seed.factsOf(QuantityFact.class))
        .extracting(q -> q.value().intValue(), QuantityFact::unit, QuantityFact::place, QuantityFact::date)
        .contains(
            tuple(2500, "troop", "Iraq", null),
            tuple(900, "troop", "Syria", null),
            tuple(3, "troop", "Jordan", "2024-01"));
  }

  @Test
  void datedEventKeepsItsSentence() {
    assertThat(seed.factsOf(EventFact.class))
        .filteredOn(e -> e.date().equals("2024-01"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.sentence()).startsWith("In January, three U.S. troops were killed in Jordan");
          assertThat(e.places()).contains("Jordan");
        });
  }

  @Test
  void spansPointAtTheirText() {
    for (Mention m : seed.mentions()) {
      assertThat(seed.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
    seed.facts().forEach(f -> assertThat(seed.text()).contains(f.sentence()));
  }

  @Test
  void factsMatchTheGoldenFile() throws IOException {
    // Through text, so numbers compare as JSON numbers whatever Java type holds them.
    JsonNode actual = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(seed.facts()));
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    // Numbers compare by value: a coordinate of 36.0 is written to the file as 36.
    JsonNode golden = Json.MAPPER.readTree(GOLDEN.toFile());
    java.util.Comparator<JsonNode> byValue =
        (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;
    assertThat(actual.equals(byValue, golden)).as("facts equal %s", GOLDEN).isTrue();
  }

  @Test
  void sameArticleGivesSameFactsAfterOthers() {
    FactExtractor.shared().extract(new Article("other", "other", null, List.of(), "2011-05-02",
        "On Sunday, officials said the raid in Abbottabad killed Osama bin Laden. It happened in May."));
    ExtractedArticle again = FactExtractor.shared().extract(seed.article());
    assertThat(again).isEqualTo(seed);
  }
}
