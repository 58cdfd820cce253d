package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;

class JsonLinesReaderTest {
  private static final ArticleReader READER = new ArticleReader();
  @TempDir Path dir;

  @Test
  void keepsTextVerbatimSoOffsetsStayValid() throws IOException {
    String text = "  Leading spaces,\r\ntrailing tab\t\n\n\n\nand e\u0301 unnormalised.  ";
    String line = "{\"id\":\"a1\",\"title\":\"T\",\"published\":\"2024-09-27\",\"text\":"
        + org.newsfacts.fact.Json.MAPPER.writeValueAsString(text) + "}";
    Article article = readOne(line);
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.id()).isEqualTo("a1");
  }

  @Test
  void namesTheSourceAfterTheFileAndTheLineId() throws IOException {
    Path file = write("{\"id\":\"x-7\",\"text\":\"Some text.\"}");
    assertThat(readOne(file).source()).isEqualTo(file + "#x-7");
  }

  @Test
  void keepsTheDateOfATimestampAndAcceptsNullOrMissingDates() throws IOException {
    assertThat(readOne("{\"text\":\"a\",\"published\":\"2024-09-27T23:59:00-07:00\"}").published())
        .isEqualTo("2024-09-27");
    assertThat(readOne("{\"text\":\"a\",\"published\":null}").published()).isNull();
    assertThat(readOne("{\"text\":\"a\"}").published()).isNull();
  }

  @Test
  void derivesAnIdFromTheTextWhenTheLineHasNone() throws IOException {
    Article first = readOne("{\"text\":\"Same words.\"}");
    Article again = readOne("{\"title\":\"Other\",\"text\":\"Same words.\"}");
    assertThat(first.id()).hasSize(16).matches("[0-9a-f]+").isEqualTo(again.id());
    assertThat(first.source()).endsWith("#" + first.id());
  }

  @Test
  void aBadLineFailsAloneAndReadingGoesOn() throws IOException {
    Path file = write(
        "{\"id\":\"1\",\"text\":\"First.\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"id\":\"3\",\"title\":\"no text\"}\n"
            + "[1,2]\n"
            + "{\"id\":\"5\",\"text\":\"Fifth.\",\"authors\":[\"A. Writer\"]}\n");
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    assertThat(found.articles).extracting(Article::id).containsExactly("1", "5");
    assertThat(found.articles.get(1).authors()).containsExactly("A. Writer");
    assertThat(found.failures)
        .hasSize(3)
        .allMatch(f -> f.startsWith(file + ": could not read line "));
    assertThat(found.failures.get(0)).contains("line 2: invalid JSON");
  }

  private Article readOne(String line) throws IOException {
    return readOne(write(line));
  }

  private Article readOne(Path file) {
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    return found.only();
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "articles", ".jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
