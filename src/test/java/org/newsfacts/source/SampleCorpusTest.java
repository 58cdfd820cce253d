package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.fact.Article;

/** The seed article in the repository's corpus/ folder, in its four formats. */
class SampleCorpusTest {
  private static final ArticleReader READER = new ArticleReader();
  private static final String STEM = "corpus/us-troops-withdrawal-iraq";
  private static final String TITLE = "U.S. Plans Troops Withdrawal From Iraq by 2026";

  @ParameterizedTest
  @ValueSource(strings = {"html", "pdf", "docx", "txt"})
  void everyFormatGivesTheArticle(String extension) {
    Article article = read(extension);
    assertThat(article.source()).isEqualTo(STEM + "." + extension);
    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.text()).contains("Thabit al-Abbasi", "2,500 U.S. troops", "Way Forward");
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "pdf", "docx"})
  void publishedDateAndAuthorComeFromTheDocument(String extension) {
    Article article = read(extension);
    assertThat(article.published()).isEqualTo("2024-09-27");
    assertThat(article.authors()).containsExactly("Staff Reporter");
  }

  @Test
  void htmlPageGivesOnlyTheArticle() {
    String text = read("html").text();
    assertThat(text)
        .startsWith(TITLE + "\n\nOver the course of the next two years")
        .endsWith("keep things safe and stable on their own.")
        .doesNotContain("More from Author", "Advertisement", "cookies", "Trending", "Reader123",
            "Related Articles", "Navy Shipbuilding", "All rights reserved");
  }

  @Test
  void allFourFormatsGiveOneArticleId() {
    String id = read("pdf").id();
    assertThat(read("html").id()).isEqualTo(id);
    assertThat(read("docx").id()).isEqualTo(id);
    assertThat(read("txt").id()).isEqualTo(id);
    assertThat(read("pdf").text()).isEqualTo(read("docx").text()).isEqualTo(read("html").text());
  }

  @Test
  void pdfKeepsParagraphsWithHeadlineFirst() {
    String[] paragraphs = read("pdf").text().split("\n\n");
    assertThat(paragraphs[0]).isEqualTo(TITLE);
    assertThat(paragraphs[1]).startsWith("Over the course").endsWith("over two decades ago.");
    assertThat(paragraphs[2]).isEqualTo("Transition to a Security Partnership");
  }

  @Test
  void textFileKeepsItsHeadlineButNotThePageFurnitureItWasCopiedWith() {
    Article article = read("txt");
    assertThat(article.text())
        .startsWith(TITLE + "\n\nOver the course of the next two years")
        .doesNotContain("More from Author", "Advertisement", "Trending on");
    assertThat(article.published()).isNull();
  }

  @Test
  void everyFormatIsOneArticle() {
    assertThat(List.of("txt", "html", "pdf", "docx"))
        .extracting(extension -> read(extension).id())
        .containsOnly(read("html").id());
  }

  private static Article read(String extension) {
    CollectingHandler found = new CollectingHandler();
    READER.read(Path.of(STEM + "." + extension), found);
    return found.only();
  }
}
