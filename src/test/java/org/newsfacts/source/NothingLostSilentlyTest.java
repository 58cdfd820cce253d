package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that give no article say so: a page with a headline and no body fails (and does not
 * become an article under the id of the empty text), programs are skipped with a line, and a web
 * address is told apart from a mistyped path.
 */
class NothingLostSilentlyTest {
  private static final ArticleReader READER = new ArticleReader();
  @TempDir Path dir;

  @Test
  void aPageWithAHeadlineAndNoBodyFailsWithALine() throws IOException {
    Path page = write("title-only.html", """
        <html><head><title>Harbour fire closes the quay</title></head>
        <body><header><a href="/">Home</a></header><h1>Harbour fire closes the quay</h1>
        <footer>Share this story</footer></body></html>""");
    CollectingHandler found = read(page);
    assertThat(found.articles).isEmpty();
    assertThat(found.failures)
        .containsExactly(page + ": no article text: only the headline, no body text");
  }

  @Test
  void aJarIsSkippedWithALineAndNotRead() throws IOException {
    Path jar = dir.resolve("tool.jar");
    writeJar(jar);
    CollectingHandler found = read(jar);
    assertThat(found.articles).isEmpty();
    assertThat(found.failures).isEmpty();
    assertThat(found.skipped)
        .containsExactly(jar + ": a program archive (.jar), not an article");
  }

  @Test
  void aJarUnderAnotherNameIsToldByItsManifest() throws IOException {
    Path jar = dir.resolve("download");
    writeJar(jar);
    assertThat(read(jar).skipped).containsExactly(jar + ": a program archive (Java), not an article");
  }

  @Test
  void classFilesAndExecutablesInsideAZipAreSkippedAndItsArticlesRead() throws IOException {
    Path zip = dir.resolve("bundle.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "Main.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
      entry(out, "run", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
      entry(out, "story.txt", "Ferry resumes service\n\nThe ferry to Skye ran again on Friday."
          .getBytes(StandardCharsets.UTF_8));
    }
    CollectingHandler found = read(zip);
    assertThat(found.articles).extracting(a -> a.title()).containsExactly("Ferry resumes service");
    assertThat(found.skipped).containsExactly(
        zip + "#Main.class: compiled code (.class), not an article",
        zip + "#run: a program or library (ELF), not an article");
  }

  @Test
  void aWebAddressIsNotTakenForAMissingFile() {
    CollectingHandler url = read(Path.of("https://news.example.com/2024/harbour-fire"));
    CollectingHandler missing = read(dir.resolve("no-such-story.html"));
    assertThat(url.failures).singleElement().asString()
        .endsWith(": could not read: URLs are not read; save the page first and give its file");
    assertThat(missing.failures).singleElement().asString().endsWith(": could not read: no such file");
  }

  private CollectingHandler read(Path path) {
    CollectingHandler found = new CollectingHandler();
    READER.read(path, found);
    return found;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static void writeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.example.Main");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry("org/example/Main.class"));
      out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
      out.closeEntry();
    }
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
