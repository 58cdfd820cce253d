package org.newsfacts.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationsTest {
  @ParameterizedTest
  @CsvSource({
    "corpus/story.pdf, corpus/story",
    "corpus/story, corpus/story",
    "wire.jsonl#reuters-854, wire#reuters-854",
    "feeds/news.rss#item-3, feeds/news#item-3",
    "dir.v2/story, dir.v2/story",
    "dir/.hidden, dir/.hidden",
    "C:\\news\\story.docx, C:\\news\\story",
  })
  void aDocumentIsItsSourceWithoutTheFileExtension(String source, String document) {
    assertThat(Publications.document(source)).isEqualTo(document);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "corpus/story.html; corpus/story.pdf|corpus/story.docx|corpus/story.txt; 1",
        "wire.jsonl#reuters-854; wire.jsonl#reuters-965; 2",
        "ferry.txt; ferry-wire.txt|ferry.html; 2",
        "story.txt; ; 1",
      })
  void copiesInOtherFormatsAreNoOtherPublication(String source, String copies, int publications) {
    List<String> copySources = copies == null ? List.of() : List.of(copies.split("\\|"));
    assertThat(Publications.count(source, copySources)).isEqualTo(publications);
  }
}
