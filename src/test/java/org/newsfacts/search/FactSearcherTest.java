package org.newsfacts.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.index.SampleArticles;

class FactSearcherTest {
  @TempDir static Path dir;
  static FactSearcher searcher;

  @BeforeAll
  static void indexSamples() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      SampleArticles.all().forEach(writer::add);
    }
    searcher = FactSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void partialPersonNameFindsTheArticlesNamingThatPerson() {
    SearchResult result = search(new SearchRequest(null, "al-Sudani", null, null, null, null, 10));
    assertThat(ids(result)).containsExactly(SampleArticles.SEED_ID, "iraq-oil-exports");
    assertThat(result.hits().get(0).facts())
        .extracting(Fact::kind)
        .contains("person");
    assertThat(result.hits().get(0).facts())
        .filteredOn(PersonFact.class::isInstance)
        .extracting(f -> ((PersonFact) f).name())
        .containsExactly("Mohammed Shia al-Sudani");
  }

  @Test
  void personFilterIgnoresCase() {
    assertThat(ids(search(new SearchRequest("", "MOHAMMED SHIA AL-SUDANI", null, null, null, null, 10))))
        .hasSize(2);
  }

  @Test
  void unknownPersonFindsNothing() {
    SearchResult result = search(new SearchRequest(null, "Nobody Atall", null, null, null, null, 10));
    assertThat(result.total()).isZero();
    assertThat(result.hits()).isEmpty();
  }

  @Test
  void dateRangeKeepsOnlyArticlesPublishedInIt() {
    SearchResult result = search(new SearchRequest("", null, null, null, "2024-09", "2024-09-30", 10));
    assertThat(ids(result)).containsExactly(SampleArticles.SEED_ID, "iraq-oil-exports");
    assertThat(ids(search(new SearchRequest("", null, null, null, "2024", null, 10)))).hasSize(2);
    assertThat(ids(search(new SearchRequest("", null, null, null, null, "1999", 10))))
        .containsExactly("cocoa-prices");
  }

  @Test
  void placeFilterMatchesNamesAndCountryCodes() {
    assertThat(ids(search(new SearchRequest("", null, "kurdistan", null, null, null, 10))))
        .containsExactly(SampleArticles.SEED_ID);
    assertThat(ids(search(new SearchRequest("", null, "CI", null, null, null, 10))))
        .containsExactly("cocoa-prices");
  }

  @Test
  void snippetsMarkTheQueryWord() {
    SearchResult result = search(SearchRequest.of("withdrawal", 10));
    assertThat(ids(result)).containsExactly(SampleArticles.SEED_ID);
    assertThat(result.hits().get(0).snippets())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.marked("**", "**")).containsIgnoringCase("**withdrawal**"));
  }

  @Test
  void aliasesOfTheArchiveFindArticlesThatOnlyUseAShortForm() throws IOException {
    Path aliased = Files.createDirectories(dir.resolve("aliased"));
    try (FactIndexWriter writer = FactIndexWriter.open(aliased, false)) {
      writer.add(SampleArticles.reaganBudget());
      writer.add(SampleArticles.nancyReagan());
    }
    NameAliases archive =
        (field, name) ->
            field.equals("person") && name.equalsIgnoreCase("Ronald Reagan") ? List.of("Reagan") : List.of();
    SearchRequest ronald = new SearchRequest(null, "Ronald Reagan", null, null, null, null, 10);
    try (Directory directory = FSDirectory.open(aliased);
        DirectoryReader reader = DirectoryReader.open(directory);
        FactSearcher withAliases = FactSearcher.over(reader, archive);
        FactSearcher without = FactSearcher.over(reader)) {
      // The alias matches the whole name "Reagan", not Nancy Reagan.
      assertThat(ids(withAliases.search(ronald))).containsExactly("reagan-budget");
      assertThat(ids(withAliases.search(SearchRequest.of("person:\"Ronald Reagan\"", 10))))
          .containsExactly("reagan-budget");
      assertThat(ids(without.search(ronald))).isEmpty();
      // A name the archive has no aliases for still matches by its words.
      assertThat(ids(withAliases.search(SearchRequest.of("person:reagan", 10))))
          .containsExactlyInAnyOrder("reagan-budget", "nancy-reagan");
    }
  }

  @Test
  void quantityClausesMustHoldForTheSameFact() {
    SearchResult result =
        search(SearchRequest.of("quantity.unit:troops AND quantity.value:[1000 TO *]", 10));
    assertThat(ids(result)).containsExactly(SampleArticles.SEED_ID);
    assertThat(result.hits().get(0).facts())
        .filteredOn(QuantityFact.class::isInstance)
        .extracting(f -> ((QuantityFact) f).value().intValue())
        .containsExactly(2500);
    assertThat(ids(search(SearchRequest.of("quantity.unit:troop AND quantity.value:[30 TO 50]", 10))))
        .containsExactly("jordan-water-talks");
  }

  @Test
  void namesOfDifferentKindsMayComeFromDifferentFacts() {
    assertThat(ids(search(SearchRequest.of("person:\"Adam Smith\" AND place:Iraq", 10))))
        .containsExactly(SampleArticles.SEED_ID);
    assertThat(ids(search(SearchRequest.of("person:Safadi AND person:al-Sudani", 10)))).isEmpty();
  }

  @Test
  void publishedAndEventDatesAreRanges() {
    assertThat(ids(search(SearchRequest.of("published:[2024-01-01 TO 2024-12-31] AND troops", 10))))
        .containsExactly(SampleArticles.SEED_ID);
    SearchResult january = search(SearchRequest.of("event.date:2024-01", 10));
    assertThat(ids(january)).containsExactly(SampleArticles.SEED_ID);
    assertThat(january.hits().get(0).facts())
        .singleElement()
        .isInstanceOfSatisfying(EventFact.class, e -> assertThat(e.date()).isEqualTo("2024-01"));
  }

  @Test
  void fieldedValuesWithoutRangesMeanTheWholeDayMonthOrValue() {
    assertThat(ids(search(SearchRequest.of("published:2023", 10)))).containsExactly("jordan-water-talks");
    assertThat(ids(search(SearchRequest.of("published:{1987 TO 2024}", 10)))).containsExactly("jordan-water-talks");
    assertThat(ids(search(SearchRequest.of("quantity.value:2500", 10)))).containsExactly(SampleArticles.SEED_ID);
    assertThat(ids(search(SearchRequest.of("place.subtype:region", 10)))).containsExactly(SampleArticles.SEED_ID);
    assertThat(ids(search(SearchRequest.of("person.role:minister AND person:Safadi", 10))))
        .containsExactly("jordan-water-talks");
    assertThat(search(SearchRequest.of("*:*", 10)).total()).isEqualTo(4);
  }

  @Test
  void wildcardsOnNamesMatchTheirWords() {
    assertThat(ids(search(SearchRequest.of("person:sud*", 10))))
        .containsExactlyInAnyOrder(SampleArticles.SEED_ID, "iraq-oil-exports");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("quantity.value:25*", 10)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("wildcards do not apply to field quantity.value");
  }

  @Test
  void plainWordsShowFactsWhoseSentenceHasThem() {
    SearchResult result = search(SearchRequest.of("Kurdistan", 10));
    assertThat(result.hits().get(0).facts())
        .allSatisfy(f -> assertThat(f.sentence()).contains("Kurdistan"))
        .anySatisfy(f -> assertThat(f).isInstanceOf(PlaceFact.class));
  }

  @Test
  void emptyQueryListsEveryArticleNewestFirst() {
    SearchResult result = search(SearchRequest.of("", 10));
    assertThat(result.total()).isEqualTo(4);
    assertThat(ids(result))
        .containsExactly(SampleArticles.SEED_ID, "iraq-oil-exports", "jordan-water-talks", "cocoa-prices");
    assertThat(result.hits()).allSatisfy(h -> assertThat(h.facts()).isEmpty());
  }

  @Test
  void limitCutsHitsButNotTheTotal() {
    SearchResult result = search(SearchRequest.of("iraq", 1));
    assertThat(result.total()).isEqualTo(3);
    assertThat(result.hits()).hasSize(1);
    assertThat(search(SearchRequest.of("iraq", 0)).hits()).isEmpty();
  }

  @Test
  void facetsCountArticlesOverTheWholeResult() {
    Facets facets = search(SearchRequest.of("iraq", 1)).facets();
    assertThat(facets.places()).first().isEqualTo(new Facets.FacetCount("Iraq", 3));
    assertThat(facets.people()).contains(new Facets.FacetCount("Mohammed Shia al-Sudani", 2));
    assertThat(facets.years())
        .containsExactly(new Facets.FacetCount("2023", 1), new Facets.FacetCount("2024", 2));
  }

  @Test
  void negativeQueryExcludesMatches() {
    assertThat(ids(search(SearchRequest.of("-iraq", 10)))).containsExactly("cocoa-prices");
    assertThat(ids(search(SearchRequest.of("NOT place:Iraq", 10)))).containsExactly("cocoa-prices");
  }

  @Test
  void malformedQueryIsOneLineError() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("troops AND (iraq", 10)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage("'troops AND (iraq': '(' is not closed")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("colour:red", 10)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("unknown field 'colour'")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("published:[yesterday TO *]", 10)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("not a date");
    assertThatThrownBy(() -> searcher.search(new SearchRequest("", null, null, null, "27/09/2024", null, 10)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageStartingWith("from: not a date");
  }

  @Test
  void articlesAreReadBackWhole() {
    assertThat(searcher.article(SampleArticles.SEED_ID)).contains(SampleArticles.seed());
    assertThat(searcher.article("no-such-id")).isEmpty();
    assertThat(searcher.articles(SearchRequest.of("troops", 1)))
        .extracting(a -> a.id())
        .containsExactly(SampleArticles.SEED_ID, "jordan-water-talks");
  }

  @Test
  void openingAFolderThatIsNotAnIndexFails(@TempDir Path other) throws IOException {
    assertThatThrownBy(() -> FactSearcher.open(other.resolve("missing")))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("no index at");
    Files.writeString(other.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> FactSearcher.open(other))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("is not a Newsfacts index");
  }

  @Test
  void pagesFollowOneAnotherWithoutGapsOrRepeats() {
    List<String> all = ids(search(SearchRequest.of(null, 10)));
    assertThat(all).hasSizeGreaterThan(2);
    SearchResult second = search(new SearchRequest(null, null, null, null, null, null, 2, 2));
    assertThat(ids(second)).isEqualTo(all.subList(2, Math.min(4, all.size())));
    assertThat(second.total()).isEqualTo(all.size());
    assertThat(search(new SearchRequest(null, null, null, null, null, null, 2, 99)).hits()).isEmpty();
  }

  @Test
  void aSearcherOverAReaderLeavesTheReaderOpen() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      FactSearcher over = FactSearcher.over(reader);
      assertThat(ids(over.search(SearchRequest.of("troops", 10)))).contains(SampleArticles.SEED_ID);
      over.close();
      assertThat(reader.getRefCount()).isEqualTo(1);
      assertThat(FactSearcher.over(reader).articleCount()).isEqualTo(SampleArticles.all().size());
    }
  }

  private static SearchResult search(SearchRequest request) {
    return searcher.search(request);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }
}
