package org.newsfacts.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.source.ArticleHandler;
import org.newsfacts.source.ArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles on the calling thread, extracts their facts on a pool of workers, and hands each
 * result to the sink on the calling thread, in input order (so output is reproducible and the sink
 * needs no locking). At most a few articles per worker are in flight, which bounds memory however
 * large the input.
 */
public final class ArticleBatch {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleBatch.class);
  private final ArticleReader reader;
  private final FactExtractor extractor;
  private final ExtractionLimits limits;
  private final int threads;
  private final PrintWriter err;
  private final boolean progressOnTerminal;

  /**
   * @param reader reads articles from paths
   * @param extractor extracts facts; shared by all workers
   * @param threads number of extraction workers
   * @param err where failures, warnings, progress and the summary go
   */
  public ArticleBatch(ArticleReader reader, FactExtractor extractor, int threads, PrintWriter err) {
    this(reader, extractor, ExtractionLimits.defaults(), threads, err);
  }

  /**
   * @param reader reads articles from paths
   * @param extractor extracts facts; shared by all workers
   * @param limits how much text extraction sees and how long it may take per article
   * @param threads number of extraction workers
   * @param err where failures, warnings, progress and the summary go
   */
  public ArticleBatch(
      ArticleReader reader,
      FactExtractor extractor,
      ExtractionLimits limits,
      int threads,
      PrintWriter err) {
    this(reader, extractor, limits, threads, err, true);
  }

  private ArticleBatch(
      ArticleReader reader,
      FactExtractor extractor,
      ExtractionLimits limits,
      int threads,
      PrintWriter err,
      boolean progressOnTerminal) {
    this.reader = reader;
    this.extractor = extractor;
    this.limits = limits;
    this.threads = Math.max(1, threads);
    this.err = err;
    this.progressOnTerminal = progressOnTerminal;
  }

  /**
   * The same batch without a progress bar, even on a terminal: for a server, whose uploads are
   * small batches that run side by side.
   */
  public ArticleBatch withoutProgress() {
    return new ArticleBatch(reader, extractor, limits, threads, err, false);
  }

  /**
   * Runs the batch.
   *
   * @param paths files and folders to read
   * @param task the name the progress display shows ("ingest")
   * @param defaultPublished publication date for articles that give none, or {@code null}
   * @param alreadyDone articles to skip without extraction (unchanged since the last ingest)
   * @param sink receives each extracted article, in input order, on the calling thread
   */
  public BatchSummary run(
      List<Path> paths,
      String task,
      String defaultPublished,
      Predicate<Article> alreadyDone,
      Consumer<ExtractedArticle> sink) {
    boolean showProgress = progressOnTerminal && BatchProgress.stderrIsTerminal();
    return run(
        showProgress ? countArticles(paths) : -1,
        task,
        defaultPublished,
        alreadyDone,
        sink,
        handler -> paths.forEach(path -> reader.read(path, handler)));
  }

  /**
   * Runs the batch over articles that were read already (a Spark partition, say): the same
   * extraction, limits, warnings and counts as {@link #run(List, String, String, Predicate,
   * Consumer)}, without a progress display.
   *
   * @param articles the articles, in the order their results reach the sink
   */
  public BatchSummary run(
      Iterator<Article> articles,
      String task,
      String defaultPublished,
      Predicate<Article> alreadyDone,
      Consumer<ExtractedArticle> sink) {
    return run(
        -1,
        task,
        defaultPublished,
        alreadyDone,
        sink,
        handler -> articles.forEachRemaining(handler::article));
  }

  /**
   * @param total articles the progress display counts to, or -1 for no progress display
   * @param feed hands every article (and every read failure) to the handler it is given
   */
  private BatchSummary run(
      long total,
      String task,
      String defaultPublished,
      Predicate<Article> alreadyDone,
      Consumer<ExtractedArticle> sink,
      Consumer<ArticleHandler> feed) {
    long started = System.nanoTime();
    Counts counts = new Counts();
    ArrayDeque<ExtractionWorkers.Job> inFlight = new ArrayDeque<>();
    try (ExtractionWorkers workers = new ExtractionWorkers(extractor, limits, threads);
        BatchProgress progress = BatchProgress.start(task, Math.max(0, total), total >= 0)) {
      ArticleHandler handler =
          new ArticleHandler() {
            @Override
            public void article(Article read) {
              Article article = read.withDefaultPublished(defaultPublished);
              counts.read++;
              if (alreadyDone.test(article)) {
                counts.skipped++;
                progress.step();
                return;
              }
              if (!article.isEnglishOrUnknown()) {
                warning(article.source(), "language " + article.lang()
                    + ": indexed without facts (fact extraction reads English only)");
              }
              ExtractionWorkers.Job job = workers.submit(article);
              if (job.isCut()) {
                warning(article.source(), "facts only from the first " + job.seenChars + " of "
                    + article.text().length() + " characters");
              }
              inFlight.add(job);
              while (inFlight.size() > threads * 2) {
                deliver(workers, inFlight.poll(), sink, counts, progress);
              }
            }

            @Override
            public void failed(String source, String what, String why) {
              counts.failed++;
              err.println(source + ": " + what + ": " + why);
              err.flush();
            }

            @Override
            public void skipped(String source, String why) {
              counts.skipped++;
              err.println(source + ": skipped: " + why);
              err.flush();
            }

            @Override
            public void warning(String source, String message) {
              err.println(source + ": warning: " + message);
              err.flush();
            }
          };
      feed.accept(handler);
      while (!inFlight.isEmpty()) {
        deliver(workers, inFlight.poll(), sink, counts, progress);
      }
    }
    return new BatchSummary(
        counts.read,
        counts.extracted,
        counts.skipped,
        counts.failed,
        counts.facts,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private void deliver(
      ExtractionWorkers workers,
      ExtractionWorkers.Job job,
      Consumer<ExtractedArticle> sink,
      Counts counts,
      BatchProgress progress) {
    try {
      ExtractedArticle extracted = workers.await(job);
      sink.accept(extracted);
      counts.extracted++;
      counts.facts += extracted.facts().size();
    } catch (IllegalArgumentException e) {
      // The sink refused this one article (say, an id too long for the index); others may fit.
      counts.failed++;
      err.println(job.article.source() + ": could not store: " + e.getMessage());
      err.flush();
    } catch (ExtractionWorkers.ExtractionFailed e) {
      counts.failed++;
      err.println(job.article.source() + ": fact extraction failed: " + e.getMessage());
      err.flush();
      if (e.getCause() != null) {
        // The one line above is for users; the trace is for whoever mends the rule (--verbose).
        LOG.info(job.article.source() + ": where fact extraction failed", e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    progress.step();
  }

  /** For the progress display: one per file, one per line of a JSON Lines file. */
  private long countArticles(List<Path> paths) {
    long total = 0;
    for (Path path : paths) {
      for (Path file : reader.files(path)) {
        total += file.toString().endsWith(".jsonl") ? countLines(file) : 1;
      }
    }
    return total;
  }

  /** Lines holding text, counted byte by byte so that no line has to fit in memory. */
  private static long countLines(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long lines = 0;
      boolean text = false;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += text ? 1 : 0;
            text = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            text = true;
          }
        }
      }
      return text ? lines + 1 : lines;
    } catch (IOException e) {
      return 1; // the reader reports the problem when it gets there
    }
  }

  /** Touched only by the calling thread. */
  private static final class Counts {
    long read;
    long extracted;
    long skipped;
    long failed;
    long facts;
  }
}
