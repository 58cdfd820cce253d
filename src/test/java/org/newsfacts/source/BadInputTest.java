package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;

/**
 * The broken and hostile files of a real corpus, mixed among good articles in one folder: each
 * bad one gives one failure line (or a warning), and every good article is still read.
 */
class BadInputTest {
  private static final String LATIN_1 = "Caf\u00e9 in S\u00e3o Paulo\n\nA na\u00efve r\u00e9sum\u00e9 costs 5 \u00a3.";
  @TempDir static Path dir;
  static Path folder;
  static CollectingHandler found;

  @BeforeAll
  static void readAFolderOfBadAndGoodFiles() throws IOException {
    folder = Files.createDirectories(dir.resolve("corpus"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), NastyFiles.SECRET);
    write("a-good.txt", "First good story\n\nThe mayor opened the bridge on Monday.");
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("empty.pdf"), new byte[0]);
    Files.write(folder.resolve("truncated.pdf"), NastyFiles.truncatedPdf());
    Files.write(folder.resolve("random.docx"), NastyFiles.randomBytes(8192));
    Files.write(folder.resolve("encrypted.pdf"), NastyFiles.pdf("Encrypted text", true));
    NastyFiles.zipBomb(folder.resolve("bomb.zip"), 2);
    write("deep.html", NastyFiles.deepHtml(100_000));
    write("deep.xml", "<a>".repeat(100_000) + "Deep XML text" + "</a>".repeat(100_000));
    write("entity.xml", NastyFiles.externalEntityXml(secret));
    write("entity.rss", NastyFiles.externalEntityFeed(secret));
    write("entity.xhtml", NastyFiles.externalEntityXml(secret));
    NastyFiles.hugeText(folder.resolve("huge.txt"), 60);
    Files.write(folder.resolve("latin1.txt"), LATIN_1.getBytes(StandardCharsets.ISO_8859_1));
    write("deep.jsonl", "[".repeat(100_000) + "\n{\"id\":\"line-2\",\"text\":\"Second line survives.\"}");
    write("z-good.txt", "Last good story\n\nThe council approved the budget.");
    found = new CollectingHandler();
    // A generous timeout: these files test limits of size and depth, not of time, and the deep
    // page takes some seconds of CPU that a loaded machine may stretch past a minute.
    new ArticleReader(new ReaderOptions(1_000_000, Duration.ofMinutes(10), 100L << 20))
        .read(folder, found);
  }

  @Test
  void everyGoodArticleIsRead() {
    assertThat(titles()).containsKeys("First good story", "Last good story");
    assertThat(found.articles).extracting(Article::id).contains("line-2");
  }

  @Test
  void emptyFilesFailAsEmpty() {
    assertThat(found.failures).contains(
        path("empty.txt") + ": no article text: the document holds no text",
        path("empty.pdf") + ": could not parse: empty file");
  }

  @Test
  void brokenDocumentsFailWithTheParsersReason() {
    assertThat(failureOf("truncated.pdf")).startsWith(path("truncated.pdf") + ": could not parse: ");
    assertThat(failureOf("random.docx")).startsWith(path("random.docx") + ": could not parse: ");
    assertThat(found.failures).contains(path("encrypted.pdf") + ": could not parse: encrypted document");
  }

  @Test
  void aZipBombFailsWithinItsFirstMegabyte() {
    assertThat(found.failures).contains(path("bomb.zip")
        + ": could not read: entry zeros.txt unpacks to over 100 times its compressed size (a zip bomb?)");
  }

  @Test
  void deeplyNestedMarkupIsReadWithoutOverflowingTheStack() {
    assertThat(titles().get("Deep page")).isEqualTo("Deep page\n\nText at the bottom of a very deep page.");
    assertThat(found.articles).extracting(Article::source).contains(path("deep.xml"));
    assertThat(failureOf("deep.jsonl")).startsWith(path("deep.jsonl") + ": could not read line 1: invalid JSON");
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    assertThat(found.articles).extracting(Article::source)
        .contains(path("entity.xml"), path("entity.rss") + "#1", path("entity.xhtml"));
    for (Article article : found.articles) {
      assertThat(article.text() + article.title()).doesNotContain(NastyFiles.SECRET);
    }
  }

  @Test
  void aHugeTextIsCutAtTheLimitWithAWarning() {
    Article huge = found.articles.stream()
        .filter(a -> a.source().equals(path("huge.txt"))).findFirst().orElseThrow();
    assertThat(huge.text()).hasSize(1_000_000).startsWith("A very long report\n\nThe council met");
    assertThat(found.warnings).containsExactly(path("huge.txt") + ": text cut at 1000000 characters");
  }

  @Test
  void aLatin1TextIsDecodedCorrectly() {
    assertThat(titles().get("Caf\u00e9 in S\u00e3o Paulo")).isEqualTo(LATIN_1);
  }

  @Test
  void eachBadFileGivesExactlyOneFailure() {
    assertThat(found.failures).hasSize(7);
  }

  @Test
  void aFileThatStallsIsCutOffByTheTimeLimit() throws Exception {
    Path pipe = dir.resolve("stalled.txt");
    boolean made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    assumeThat(made).as("mkfifo available").isTrue();
    CollectingHandler stalled = new CollectingHandler();
    new ArticleReader(new ReaderOptions(1000, Duration.ofMillis(300), 1000)).read(pipe, stalled);
    try (OutputStream release = Files.newOutputStream(pipe)) {
      release.flush(); // lets the abandoned reader's open() return, so its thread ends
    }
    assertThat(stalled.failures).containsExactly(pipe + ": could not parse: timed out after 300 ms");
  }

  @Test
  void aJsonLinesLineOverTheSizeLimitFailsAloneWithoutBeingHeld() throws IOException {
    Path file = dir.resolve("long-line.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"text\":\"First.\"}\r\n"
        + "{\"id\":\"b\",\"text\":\"" + "x".repeat(500) + "\"}\r\n"
        + "{\"id\":\"c\",\"text\":\"Third.\"}", StandardCharsets.UTF_8);
    CollectingHandler lines = new CollectingHandler();
    new ArticleReader(new ReaderOptions(1000, Duration.ofSeconds(60), 100)).read(file, lines);
    assertThat(lines.articles).extracting(Article::id).containsExactly("a", "c");
    assertThat(lines.failures).containsExactly(file + ": could not read line 2: longer than 100 characters");
  }

  private static Map<String, String> titles() {
    Map<String, String> byTitle = new TreeMap<>();
    found.articles.stream().filter(a -> a.title() != null).forEach(a -> byTitle.put(a.title(), a.text()));
    return byTitle;
  }

  private static String failureOf(String name) {
    return found.failures.stream().filter(f -> f.startsWith(path(name) + ":")).findFirst().orElseThrow();
  }

  private static String path(String name) {
    return folder.resolve(name).toString();
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }
}
