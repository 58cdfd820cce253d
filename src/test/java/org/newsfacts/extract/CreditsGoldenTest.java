package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Json;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.source.ArticleHandler;
import org.newsfacts.source.ArticleReader;

/**
 * Golden files of pages full of credits (bylines, photo credits, "Reporting by", copyright
 * lines, wire sign-offs), written for this test: {@code golden/credits/<case>.html} must give
 * the authors, date and exactly the people of {@code <case>.json}, no organisation from a credit
 * and no event from a copyright line. Runs the real models.
 */
class CreditsGoldenTest {
  private static final Path FOLDER = Path.of("src/test/resources/golden/credits");

  static Stream<Path> pages() throws IOException {
    return Files.list(FOLDER).filter(p -> p.toString().endsWith(".html")).sorted();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void creditsGoToAuthorsOrNowhere(Path page) throws IOException {
    JsonNode golden = Json.MAPPER.readTree(
        Files.readString(page.resolveSibling(page.getFileName().toString().replace(".html", ".json"))));
    Article article = readOnly(page);
    ExtractedArticle extracted = FactExtractor.shared().extract(article);

    assertThat(article.authors()).isEqualTo(strings(golden.get("authors")));
    assertThat(article.published()).isEqualTo(golden.get("published").textValue());
    assertThat(extracted.factsOf(PersonFact.class)).extracting(PersonFact::name)
        .containsExactlyInAnyOrderElementsOf(strings(golden.get("people")));
    assertThat(extracted.factsOf(OrganizationFact.class)).extracting(OrganizationFact::name)
        .noneMatch(name -> name.matches("(?i).*(getty|reuter|courier).*"));
    assertThat(extracted.factsOf(EventFact.class)).extracting(EventFact::sentence)
        .noneMatch(sentence -> sentence.contains("Copyright"));
  }

  private static Article readOnly(Path page) {
    List<Article> found = new ArrayList<>();
    new ArticleReader().read(page, new ArticleHandler() {
      @Override
      public void article(Article article) {
        found.add(article);
      }

      @Override
      public void failed(String source, String what, String why) {
        throw new AssertionError(source + ": " + what + ": " + why);
      }
    });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
