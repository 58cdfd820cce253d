package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.newsfacts.fact.Article;

/** Whatever a file holds, reading never throws and never loses the good articles around it. */
class ReaderPropertiesTest {
  private static final ArticleReader READER = new ArticleReader();
  private static final String GOOD = "{\"id\":\"good-%d\",\"text\":\"A good article.\"}";
  private Path dir;

  @BeforeProperty
  void createFolder() throws IOException {
    dir = Files.createTempDirectory("reader-properties");
  }

  @AfterProperty
  void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Property(tries = 200)
  void anyJsonLinesLineLeavesTheGoodLinesAroundIt(@ForAll("lines") String line) throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    String content = GOOD.formatted(1) + "\n" + line + "\n" + GOOD.formatted(2) + "\n";
    Files.writeString(file, content, StandardCharsets.UTF_8);
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    assertThat(found.articles).extracting(Article::id).contains("good-1", "good-2");
    assertThat(found.articles.get(0).text()).isEqualTo("A good article.");
  }

  @Property(tries = 100)
  void anyBytesInATextOrHtmlFileLeaveTheOtherFilesReadable(
      @ForAll("contents") byte[] content, @ForAll("extensions") String extension) throws IOException {
    Files.write(dir.resolve("a-any." + extension), content);
    Files.writeString(dir.resolve("b-good.jsonl"), GOOD.formatted(3), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c-good.txt"), "Good headline\n\nGood text.", StandardCharsets.UTF_8);
    CollectingHandler found = new CollectingHandler();
    READER.read(dir, found);
    assertThat(found.articles).extracting(Article::id).contains("good-3");
    assertThat(found.articles).extracting(Article::title).contains("Good headline");
    assertThat(found.articles.size() + found.failures.size()).isGreaterThanOrEqualTo(3);
    for (Article article : found.articles) {
      assertThat(article.text()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200).map(s -> s.replace('\n', ' ').replace('\r', ' ')),
        Arbitraries.strings().ofMaxLength(60).map(s ->
            "{\"id\":\"x\",\"published\":\"" + s.replace("\"", "") + "\",\"text\":\"t\"}"),
        Arbitraries.of("{}", "[]", "null", "{\"text\":null}", "{\"text\":42}", "{\"text\":\"\"}",
            "{\"id\":{},\"text\":\"t\"}", "{\"text\":\"t\",\"authors\":[null,1,{}]}"));
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<byte[]> markup = Arbitraries.strings()
        .withChars("<>/=\"' abcdhtmlpdivscript&;#\n-!")
        .ofMaxLength(2000)
        .map(s -> ("<html><body><p>" + s).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(raw, markup);
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("txt", "html", "md", "jsonl", "xml", "pdf", "bin");
  }
}
