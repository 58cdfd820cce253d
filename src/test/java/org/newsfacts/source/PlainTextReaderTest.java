package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Article;

class PlainTextReaderTest {
  private static final ArticleReader READER = new ArticleReader();
  @TempDir Path dir;

  @Test
  void decodesWindows1252WhenTheBytesAreNotUtf8() throws IOException {
    String text = "Caf\u00e9 owner \u201cdelighted\u201d\n\nThe na\u00efve plan cost \u00a3500.";
    Path file = dir.resolve("latin.txt");
    Files.write(file, text.getBytes(Charset.forName("windows-1252")));
    Article article = read(file);
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.title()).isEqualTo("Caf\u00e9 owner \u201cdelighted\u201d");
  }

  @Test
  void decodesUtf8AndNormalisesToNfc() throws IOException {
    Path file = write("nfc.txt", "Zo\u0308e wins\n\nShe won.");
    assertThat(read(file).text()).isEqualTo("Z\u00f6e wins\n\nShe won.");
  }

  @Test
  void takesAHeadlineAsTitleAndKeepsItInTheText() throws IOException {
    Path file = write("story.txt", "Flood Closes Bridge\r\n\r\n\r\n\r\nBy Ann Lee\r\nMay 4, 2021\r\n\r\nThe bridge closed.  \r\n");
    Article article = read(file);
    assertThat(article.title()).isEqualTo("Flood Closes Bridge");
    assertThat(article.text()).isEqualTo("Flood Closes Bridge\n\nBy Ann Lee\nMay 4, 2021\n\nThe bridge closed.");
    assertThat(article.published()).isEqualTo("2021-05-04");
    assertThat(article.authors()).containsExactly("Ann Lee");
  }

  @Test
  void dropsParagraphsThatAreOnlyPageFurniture() throws IOException {
    Path file = write("saved.txt", "Rates Rise Again\n\nMore from Author\n\nThe bank raised rates."
        + "\n\n- Advertisement -\n\nMore from the bank later, it said.\n\nTrending on Example News\n");
    assertThat(read(file).text()).isEqualTo(
        "Rates Rise Again\n\nThe bank raised rates.\n\nMore from the bank later, it said.");
  }

  @Test
  void aFirstLineThatIsASentenceIsNoTitle() throws IOException {
    assertThat(read(write("s.txt", "The bridge closed on Monday after the flood.\nMore text.")).title())
        .isNull();
  }

  @Test
  void markdownGivesFrontMatterAsMetadataAndLosesItsMarkup() throws IOException {
    Path file = write("post.md", "---\ntitle: \"Bridge reopens\"\ndate: 2022-01-05\nauthor: Ann Lee\n---\n"
        + "# Bridge reopens\n\nThe **bridge** reopened, [the council](https://example.org) said.\n");
    Article article = read(file);
    assertThat(article.title()).isEqualTo("Bridge reopens");
    assertThat(article.published()).isEqualTo("2022-01-05");
    assertThat(article.authors()).containsExactly("Ann Lee");
    assertThat(article.text()).isEqualTo("Bridge reopens\n\nThe bridge reopened, the council said.");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Article read(Path file) {
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    return found.only();
  }
}
