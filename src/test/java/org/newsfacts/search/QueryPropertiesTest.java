package org.newsfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.SampleArticles;

/**
 * Whatever a user types as a query or filter, search answers or says in one line what it could
 * not understand: no other exception escapes.
 */
class QueryPropertiesTest {
  private static Path dir;
  private static FactSearcher searcher;

  @BeforeContainer
  static void indexTheSamples() throws IOException {
    dir = Files.createTempDirectory("query-properties");
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      SampleArticles.all().forEach(writer::add);
    }
    searcher = FactSearcher.open(dir);
  }

  @AfterContainer
  static void deleteTheIndex() throws IOException {
    searcher.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Property(tries = 400)
  void anyQueryIsAnsweredOrRefusedInOneLine(@ForAll("queries") String query) {
    assertAnsweredOrRefused(SearchRequest.of(query, 5));
  }

  @Property(tries = 200)
  void anyFiltersAreAnsweredOrRefusedInOneLine(
      @ForAll("queries") String name, @ForAll("dates") String from, @ForAll("dates") String to) {
    assertAnsweredOrRefused(new SearchRequest("iraq", name, name, name, from, to, 5));
    assertAnsweredOrRefused(new SearchRequest(null, null, null, null, from, to, 5));
  }

  private static void assertAnsweredOrRefused(SearchRequest request) {
    try {
      SearchResult result = searcher.search(request);
      assertThat(result.hits().size()).isLessThanOrEqualTo(5);
      assertThat(result.total()).isBetween(0L, 4L);
      searcher.articles(request);
    } catch (QuerySyntaxException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> syntax = Arbitraries.strings()
        .withChars("abcdeiqrxyz019 :*?~^\"'()[]{}<>+-!&|/\\.,TOAND")
        .ofMaxLength(40);
    Arbitrary<String> fielded = Arbitraries.of("person", "place", "org", "kind", "published",
            "quantity.value", "quantity.unit", "event.date", "person.role", "place.subtype",
            "title", "text", "nonsense", "")
        .flatMap(field -> syntax.map(value -> field + ":" + value));
    return Arbitraries.oneOf(syntax, fielded, Arbitraries.strings().ofMaxLength(60));
  }

  @Provide
  Arbitrary<String> dates() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.strings().withChars("0123456789-TZ:/ ").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(12));
  }
}
