package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.newsfacts.fact.Article;

/**
 * Every file gives an outcome and nothing escapes: a text or web page file gives exactly one
 * article or one failure, a JSON Lines file one per line, and any bytes under any name are
 * reported rather than thrown.
 */
class ReaderOutcomePropertiesTest {
  private static final ArticleReader READER = new ArticleReader();
  private Path dir;

  @BeforeProperty
  void createFolder() throws IOException {
    dir = Files.createTempDirectory("reader-outcomes");
  }

  @AfterProperty
  void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Property(tries = 150)
  void aTextOrWebPageFileGivesExactlyOneArticleOrOneFailure(
      @ForAll("documents") byte[] content, @ForAll("singleArticleNames") String name) throws IOException {
    CollectingHandler found = read(name, content);
    assertThat(found.articles.size() + found.failures.size()).isEqualTo(1);
    found.articles.forEach(ReaderOutcomePropertiesTest::assertWellFormed);
  }

  @Property(tries = 150)
  void aJsonLinesFileGivesOneOutcomePerLineAndKeepsEveryGoodLine(
      @ForAll @Size(max = 8) List<@net.jqwik.api.From("lines") String> bad) throws IOException {
    List<String> lines = new ArrayList<>();
    int good = 0;
    for (String line : bad) {
      lines.add("{\"id\":\"good-" + good++ + "\",\"text\":\"Good text.\"}");
      lines.add(line);
    }
    lines.add("{\"id\":\"good-" + good++ + "\",\"text\":\"Good text.\"}");
    CollectingHandler found = read("mixed.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
    assertThat(found.articles.size() + found.failures.size()).isEqualTo(nonBlank);
    for (int i = 0; i < good; i++) {
      assertThat(found.articles).extracting(Article::id).contains("good-" + i);
    }
    found.articles.forEach(ReaderOutcomePropertiesTest::assertWellFormed);
  }

  @Property(tries = 100)
  void anyBytesUnderAnyNameAreReportedNotThrown(
      @ForAll("documents") byte[] content, @ForAll("anyNames") String name) throws IOException {
    CollectingHandler found = read(name, content);
    assertThat(found.articles.size() + found.failures.size() + found.skipped.size()).isPositive();
    found.articles.forEach(ReaderOutcomePropertiesTest::assertWellFormed);
  }

  private CollectingHandler read(String name, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    for (String failure : found.failures) {
      assertThat(failure).startsWith(file.toString()).doesNotContain("\n");
    }
    return found;
  }

  private static void assertWellFormed(Article article) {
    assertThat(article.text()).isNotBlank();
    assertThat(article.id()).isNotBlank();
  }

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(1000)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> markup = Arbitraries.strings()
        .withChars("<>/=\"' abcdefhilmnoprstuvxy&;#\n-!?[]{}:")
        .ofMaxLength(2000)
        .map(s -> ("<html><head><title>" + s).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> tags = Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<table>", "<td>",
            "<script>", "</script>", "<article>", "<!--", "-->", "<![CDATA[", "&amp;", "&#x0;",
            "<meta charset=utf-16>", "<meta charset=x>", "Word. ", "<h1>", "<a href=x>", "\u00e9")
        .list().ofMaxSize(300)
        .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(raw, text, markup, tags);
  }

  @Provide
  Arbitrary<String> singleArticleNames() {
    return Arbitraries.of("a.txt", "a.md", "a.html", "a.htm", "a.xhtml");
  }

  @Provide
  Arbitrary<String> anyNames() {
    return Arbitraries.of("a.txt", "a.html", "a.jsonl", "a.pdf", "a.docx", "a.zip", "a.tar.gz",
        "a.epub", "a.warc", "a.warc.gz", "a.mbox", "a.rss", "a.atom", "a.eml", "a.xml", "a.rtf",
        "a.odt", "a", "a.bin");
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200).map(s -> s.replace('\n', ' ').replace('\r', ' ')),
        Arbitraries.of("{}", "[]", "null", "{\"text\":null}", "{\"text\":\"\"}", "{\"text\":\" \"}",
            "{\"id\":\"\",\"text\":\"x\"}", "{\"text\":\"t\",\"published\":\"2024-13-45\"}",
            "[".repeat(5000), "{\"text\":\"\\ud800\"}", "\"text\"", "{\"text\":\"t\"} trailing"));
  }
}
