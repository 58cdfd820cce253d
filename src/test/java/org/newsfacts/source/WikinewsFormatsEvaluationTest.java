package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.fact.Article;

/**
 * Evaluation on the shared (licensed, not in the repository) Wikinews corpus: one article in
 * many formats must give its text file's text, title and date. Skipped where the corpus is absent.
 *
 * <p>HTML is held to less: its text leaves out the headline, the date line and the page footer
 * (the extraction benchmark counts those as noise), all of which the text file keeps.
 */
class WikinewsFormatsEvaluationTest {
  private static final Path CORPUS = Path.of("..", "shared", "corpus", "wikinews-formats");
  private static final ArticleReader READER = new ArticleReader();

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
    "crane, md", "crane, docx", "crane, odt", "crane, rtf", "crane, epub", "crane, pdf", "crane, eml",
    "korea, md", "korea, docx", "korea, odt", "korea, rtf", "korea, epub", "korea, pdf", "korea, eml",
    "nasa, md", "nasa, docx", "nasa, odt", "nasa, rtf", "nasa, epub", "nasa, pdf", "nasa, eml",
    "crane, html", "korea, html", "nasa, html",
  })
  void everyFormatGivesTheTextTitleAndDateOfTheTextFile(String story, String format)
      throws IOException {
    Path reference = CORPUS.resolve("wikinews_" + story + ".txt");
    assumeTrue(Files.isRegularFile(reference), "shared corpus absent: " + CORPUS);
    Article expected = read(reference);
    Article article = read(CORPUS.resolve("wikinews_" + story + "." + format));

    assertThat(article.title()).isEqualTo(expected.title());
    assertThat(article.published()).isNotNull().isEqualTo(expected.published());
    double minimum = format.equals("html") ? 0.90 : 0.95;
    assertThat(ShingleF1.of(Files.readString(reference), article.text())).isGreaterThanOrEqualTo(minimum);
  }

  @ParameterizedTest
  @CsvSource({"wikinews_newsletters.mbox, 0.95", "wikinews_feed.rss, 0.95", "wikinews_feed.atom, 0.95",
      "wikinews_sample.warc, 0.90", "wikinews_sample.warc.gz, 0.90"})
  void everyEntryOfAContainerGivesItsStory(String container, double minimum) throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "shared corpus absent: " + CORPUS);
    CollectingHandler found = new CollectingHandler();
    READER.read(CORPUS.resolve(container), found);
    assertThat(found.failures).isEmpty();
    assertThat(found.articles).hasSize(3);
    for (Article entry : found.articles) {
      Article story = storyTitled(entry.title());
      assertThat(entry.published()).isEqualTo(story.published());
      assertThat(ShingleF1.of(story.text(), entry.text())).isGreaterThanOrEqualTo(minimum);
    }
  }

  private static Article storyTitled(String title) {
    for (String story : new String[] {"crane", "korea", "nasa"}) {
      Article article = read(CORPUS.resolve("wikinews_" + story + ".txt"));
      if (article.title().equals(title)) {
        return article;
      }
    }
    throw new AssertionError("no story titled " + title);
  }

  private static Article read(Path file) {
    CollectingHandler found = new CollectingHandler();
    READER.read(file, found);
    return found.only();
  }
}
