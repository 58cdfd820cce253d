package org.newsfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.source.ArticleReader;

/**
 * The batch's own error handling, with an extractor that misbehaves on marked articles the way
 * a real one can: it throws, overflows its stack, or never returns. One such article never stops
 * the batch.
 */
class ArticleBatchTest {
  @TempDir Path dir;
  private final CountDownLatch release = new CountDownLatch(1);
  private final Map<String, Integer> seenLengths = new ConcurrentHashMap<>();

  /** Finds nothing, except that it fails as the article's text asks. */
  private final FactExtractor misbehaving =
      article -> {
        seenLengths.put(article.id(), article.text().length());
        if (article.text().startsWith("THROW")) {
          throw new IllegalStateException("the parser choked");
        }
        if (article.text().startsWith("OVERFLOW")) {
          throw new StackOverflowError();
        }
        if (article.text().startsWith("HANG")) {
          awaitUninterruptibly(release); // like an annotator that ignores interrupts
        }
        return ExtractedArticle.of(article, List.of(), List.of());
      };

  @AfterEach
  void releaseHungWorkers() {
    release.countDown();
  }

  @Test
  void articlesWhoseExtractionThrowsOverflowsOrHangsFailAndTheRestGoThrough() throws IOException {
    Path file = jsonl("a", "First.", "b", "THROW now", "c", "OVERFLOW now", "d", "HANG now",
        "e", "After the hang.", "f", "Last.");
    StringWriter err = new StringWriter();
    List<String> delivered = new ArrayList<>();
    ArticleBatch batch = new ArticleBatch(new ArticleReader(), misbehaving,
        new ExtractionLimits(1000, Duration.ofMillis(300)), 1, new PrintWriter(err, true));

    BatchSummary summary = batch.run(List.of(file), "test", null, a -> false, x -> delivered.add(x.id()));

    assertThat(delivered).containsExactly("a", "e", "f");
    assertThat(err.toString().lines()).containsExactly(
        file + "#b: fact extraction failed: the parser choked",
        file + "#c: fact extraction failed: article too complex (StackOverflowError)",
        file + "#d: fact extraction failed: timed out after 300 ms");
    assertThat(summary.failed()).isEqualTo(3);
    assertThat(summary.extracted()).isEqualTo(3);
    assertThat(summary.ok()).isFalse();
  }

  @Test
  void extractionSeesALongTextCutAtAWordBreakButTheWholeTextIsKept() throws IOException {
    String text = "word ".repeat(60).strip();
    Path file = jsonl("long", text);
    StringWriter err = new StringWriter();
    List<ExtractedArticle> delivered = new ArrayList<>();
    ArticleBatch batch = new ArticleBatch(new ArticleReader(), misbehaving,
        new ExtractionLimits(102, Duration.ofSeconds(60)), 2, new PrintWriter(err, true));

    batch.run(List.of(file), "test", null, a -> false, delivered::add);

    assertThat(seenLengths).containsEntry("long", 99);
    assertThat(delivered).singleElement().extracting(ExtractedArticle::text).isEqualTo(text);
    assertThat(err.toString().strip())
        .isEqualTo(file + "#long: warning: facts only from the first 99 of 299 characters");
  }

  @Test
  void anArticleTheSinkRefusesFailsAloneAndTheBatchGoesOn() throws IOException {
    Path file = jsonl("a", "First.", "b", "Refused.", "c", "Last.");
    StringWriter err = new StringWriter();
    List<String> delivered = new ArrayList<>();
    ArticleBatch batch = new ArticleBatch(new ArticleReader(), misbehaving, 2, new PrintWriter(err, true));

    BatchSummary summary = batch.run(List.of(file), "test", null, a -> false, x -> {
      if (x.id().equals("b")) {
        throw new IllegalArgumentException("id too long for the index");
      }
      delivered.add(x.id());
    });

    assertThat(delivered).containsExactly("a", "c");
    assertThat(err.toString().strip()).isEqualTo(file + "#b: could not store: id too long for the index");
    assertThat(summary.failed()).isEqualTo(1);
  }

  @Test
  void aSinkThatCannotWriteAtAllStopsTheBatchInsteadOfBlamingAFile() throws IOException {
    // Enough articles that results are handed on while the file is still being read.
    Path file = jsonl("a", "1.", "b", "2.", "c", "3.", "d", "4.", "e", "5.", "f", "6.");
    StringWriter err = new StringWriter();
    ArticleBatch batch = new ArticleBatch(new ArticleReader(), misbehaving, 1, new PrintWriter(err, true));

    assertThatThrownBy(() -> batch.run(List.of(file), "test", null, a -> false, x -> {
      throw new UncheckedIOException("cannot write index", new IOException("disk full"));
    })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write index");
    assertThat(err.toString()).isEmpty();
  }

  private Path jsonl(String... idsAndTexts) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < idsAndTexts.length; i += 2) {
      lines.append("{\"id\":\"").append(idsAndTexts[i]).append("\",\"text\":\"")
          .append(idsAndTexts[i + 1]).append("\"}\n");
    }
    return Files.writeString(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // keep hanging
      }
    }
  }
}
