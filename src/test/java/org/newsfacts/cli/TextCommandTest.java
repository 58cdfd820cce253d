package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsEachArticleTextSeparatedByABlankLine() throws IOException {
    Path a = write("a.txt", "First\n\nOne.");
    Path b = write("b.jsonl", "{\"id\":\"1\",\"text\":\"Two.\"}\n{\"id\":\"2\",\"text\":\"Three.\"}\n");
    assertThat(run("text", a.toString(), b.toString())).isZero();
    // "First" is the file's headline: the main text starts after it.
    assertThat(out.toString()).isEqualTo("One.\n\nTwo.\n\nThree.\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesOneFilePerInputNamedAfterIt() throws IOException {
    write("in/story.one.html", "<html><body><article><p>The story, told in one long paragraph of text.</p></article></body></html>");
    write("in/many.jsonl", "{\"id\":\"1\",\"text\":\"Two.\"}\n{\"id\":\"2\",\"text\":\"Three.\"}\n");
    Path outDir = dir.resolve("out");
    assertThat(run("text", "--out-dir", outDir.toString(), dir.resolve("in").toString())).isZero();
    assertThat(Files.readString(outDir.resolve("story.one.txt")))
        .isEqualTo("The story, told in one long paragraph of text.\n");
    assertThat(Files.readString(outDir.resolve("many-1.txt"))).isEqualTo("Two.\n");
    assertThat(Files.readString(outDir.resolve("many-2.txt"))).isEqualTo("Three.\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aSecondInputWithTheSameNameKeepsItsExtension() throws IOException {
    Path txt = write("seed.txt", "Seed\n\nText version.");
    Path md = write("seed.md", "# Seed\n\nMarkdown version.");
    Path outDir = dir.resolve("out");
    assertThat(run("text", "--out-dir", outDir.toString(), txt.toString(), md.toString())).isZero();
    assertThat(Files.readString(outDir.resolve("seed.txt"))).contains("Text version.");
    assertThat(Files.readString(outDir.resolve("seed.md.txt"))).contains("Markdown version.");
  }

  @Test
  void reportsFailuresOnStderrAndExitsWithOne() throws IOException {
    Path bad = dir.resolve("bad.docx");
    Files.write(bad, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}); // a zip cut short
    Path good = write("good.txt", "Good\n\nStill printed.");
    assertThat(run("text", bad.toString(), good.toString())).isEqualTo(1);
    assertThat(out.toString()).isEqualTo("Still printed.\n");
    assertThat(err.toString()).startsWith(bad + ": could not parse: ");
  }

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
