package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.Json;

/**
 * Golden files: every {@code html/<case>.html} page must give exactly the title, authors, date
 * and text of {@code html/<case>.json}. The pages mix the article with bylines, captions, lists,
 * tables, share bars, related links, newsletter boxes, comments and cookie banners.
 */
class HtmlGoldenTest {
  private static final ArticleReader READER = new ArticleReader();

  static Stream<Path> pages() throws IOException, URISyntaxException {
    return Files.list(folder()).filter(p -> p.toString().endsWith(".html")).sorted();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void extractsArticleAsInGoldenFile(Path page) throws IOException {
    JsonNode golden = Json.MAPPER.readTree(Files.readString(golden(page)));
    CollectingHandler found = new CollectingHandler();
    READER.read(page, found);
    Article article = found.only();

    assertThat(article.title()).isEqualTo(golden.get("title").asText());
    assertThat(article.published()).isEqualTo(golden.get("published").textValue());
    List<String> authors = new ArrayList<>();
    golden.get("authors").forEach(a -> authors.add(a.asText()));
    assertThat(article.authors()).isEqualTo(authors);
    // The text leads with the headline; the golden file holds the main text after it.
    assertThat(Headlines.withoutHeadline(article.text(), article.title()))
        .isEqualTo(golden.get("text").asText());
    if (article.title() != null) {
      assertThat(article.text()).startsWith(article.title() + "\n\n");
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readingTwiceGivesTheSameArticle(Path page) {
    CollectingHandler first = new CollectingHandler();
    CollectingHandler second = new CollectingHandler();
    READER.read(page, first);
    READER.read(page, second);
    assertThat(second.articles).isEqualTo(first.articles);
  }

  @Test
  void everyPageHasAGoldenFileAndEveryGoldenFileAPage() throws Exception {
    try (Stream<Path> files = Files.list(folder())) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        String partner = name.endsWith(".html")
            ? name.replaceAll("\\.html$", ".json") : name.replaceAll("\\.json$", ".html");
        assertThat(file.resolveSibling(partner)).as("partner of " + name).exists();
      }
    }
  }

  private static Path golden(Path page) {
    return page.resolveSibling(page.getFileName().toString().replaceAll("\\.html$", ".json"));
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(HtmlGoldenTest.class.getResource("html").toURI());
  }
}
