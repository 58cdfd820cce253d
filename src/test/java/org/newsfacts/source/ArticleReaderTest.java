package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;

class ArticleReaderTest {
  private static final ArticleReader READER = new ArticleReader();
  @TempDir Path dir;

  @Test
  void readsAFolderRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
    write("b.txt", "Second story\n\nText b.");
    write("a.txt", "First story\n\nText a.");
    write("sub/c.txt", "Third story\n\nText c.");
    write(".hidden.txt", "Hidden\n\nText.");
    write(".git/d.txt", "In a hidden folder\n\nText.");

    CollectingHandler found = new CollectingHandler();
    READER.read(dir, found);

    assertThat(found.articles).extracting(Article::title)
        .containsExactly("First story", "Second story", "Third story");
    assertThat(READER.files(dir)).containsExactly(
        dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("sub/c.txt"));
  }

  @Test
  void aCorruptFileFailsAndTheBatchGoesOn() throws IOException {
    Files.write(dir.resolve("a-broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("b-broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    write("c-good.txt", "Good story\n\nIt reads.");

    CollectingHandler found = new CollectingHandler();
    READER.read(dir, found);

    assertThat(found.articles).extracting(Article::title).containsExactly("Good story");
    assertThat(found.failures).hasSize(2);
    assertThat(found.failures.get(0)).startsWith(dir.resolve("a-broken.pdf") + ": ");
    assertThat(found.failures.get(1)).startsWith(dir.resolve("b-broken.docx") + ": could not parse: ");
  }

  @Test
  void aMissingFileFails() {
    CollectingHandler found = new CollectingHandler();
    READER.read(dir.resolve("nope.html"), found);
    assertThat(found.failures).containsExactly(dir.resolve("nope.html") + ": could not read: no such file");
  }

  @Test
  void aFileWithoutTextFailsAsEmpty() throws IOException {
    Path file = write("empty.txt", "  \n\n ");
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    assertThat(found.articles).isEmpty();
    assertThat(found.failures).containsExactly(file + ": no article text: the document holds no text");
  }

  @Test
  void cutsTextAtTheLimitWithAWarning() throws IOException {
    Path file = write("long.txt", "Headline here\n\n" + "word ".repeat(100));
    ArticleReader reader = new ArticleReader(new ReaderOptions(50, Duration.ofSeconds(30), 1_000_000));
    CollectingHandler found = new CollectingHandler();
    reader.read(file, found);
    assertThat(found.only().text()).hasSize(50);
    assertThat(found.warnings).containsExactly(file + ": text cut at 50 characters");
  }

  @Test
  void refusesFilesOverTheSizeLimitWithoutReadingThem() throws IOException {
    Path file = write("big.txt", "x".repeat(200));
    ArticleReader reader = new ArticleReader(new ReaderOptions(1000, Duration.ofSeconds(30), 100));
    CollectingHandler found = new CollectingHandler();
    reader.read(file, found);
    assertThat(found.failures).containsExactly(file + ": could not read: larger than 100 bytes");
  }

  @Test
  void recognisesAnHtmlPageWithoutAnHtmlExtension() throws IOException {
    Path file = write("page.bin", "<!DOCTYPE html><html><head><title>Saved page</title></head><body>"
        + "<nav><a href='/'>Home</a></nav><p>This is the article, long enough to count as a paragraph.</p></body></html>");
    Article article = READER.files(file).stream().map(f -> {
      CollectingHandler found = new CollectingHandler();
      READER.read(f, found);
      return found.only();
    }).findFirst().orElseThrow();
    assertThat(article.title()).isEqualTo("Saved page");
    assertThat(article.text())
        .isEqualTo("Saved page\n\nThis is the article, long enough to count as a paragraph.");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
