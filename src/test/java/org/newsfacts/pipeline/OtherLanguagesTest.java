package org.newsfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.source.ArticleReader;

/**
 * An article in another language is read, given its language and handed on with its text, but
 * the English-only fact extraction never sees it, and a warning says so.
 */
class OtherLanguagesTest {
  private static final String GERMAN =
      "Neue Straßenbahn in Bergen\n\nDie neue Straßenbahnlinie in Bergen hat am Montag die ersten"
          + " Fahrgäste befördert, drei Jahre nachdem die Arbeiten an der Strecke vom Flughafen zum"
          + " Hafen begonnen hatten. Der Bürgermeister fuhr mit einer Gruppe von Schulkindern und"
          + " den Ingenieuren, die die Linie gebaut haben, in der ersten Bahn mit.";
  private static final String ENGLISH =
      "Tram line opens in Bergen\n\nThe new tram line in Bergen carried its first passengers on"
          + " Monday, three years after work began on the route from the airport to the harbour."
          + " The mayor rode the first tram with a group of schoolchildren and the engineers who"
          + " built the line, and spoke of a good day for the city. Trams will run every ten minutes"
          + " from six in the morning until midnight, and bus tickets are valid on them too.";

  @TempDir Path dir;

  @Test
  void aGermanArticleIsIndexedWithItsLanguageAndWithoutEnglishFacts() throws IOException {
    Path german = Files.writeString(dir.resolve("a-german.txt"), GERMAN);
    Path english = Files.writeString(dir.resolve("b-english.txt"), ENGLISH);
    Set<String> extractorSaw = ConcurrentHashMap.newKeySet();
    FactExtractor recording = article -> {
      extractorSaw.add(article.source());
      return ExtractedArticle.of(article, List.of(), List.of());
    };
    StringWriter err = new StringWriter();
    List<ExtractedArticle> delivered = new ArrayList<>();

    new ArticleBatch(new ArticleReader(), recording, 1, new PrintWriter(err, true))
        .run(List.of(dir), "test", null, a -> false, delivered::add);

    assertThat(delivered).extracting(ExtractedArticle::source, ExtractedArticle::lang)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(german.toString(), "de"),
            org.assertj.core.api.Assertions.tuple(english.toString(), "en"));
    assertThat(delivered.get(0).text()).isEqualTo(GERMAN);
    assertThat(extractorSaw).containsExactly(english.toString());
    assertThat(err.toString().lines()).containsExactly(
        german + ": warning: language de: indexed without facts (fact extraction reads English only)");
  }
}
