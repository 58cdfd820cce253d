package org.newsfacts.pipeline;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;

/**
 * Extracts facts on a pool of daemon workers within {@link ExtractionLimits}: the extractor sees
 * at most the first {@code maxChars} characters, and an article still running after the timeout
 * is given up on. CoreNLP cannot be stopped safely mid-annotation, so the worker is interrupted
 * (some annotators check) and otherwise left to finish on its own, and the pool grows by one so
 * the batch keeps its full speed.
 */
final class ExtractionWorkers implements AutoCloseable {
  private final FactExtractor extractor;
  private final ExtractionLimits limits;
  private final ThreadPoolExecutor pool;

  ExtractionWorkers(FactExtractor extractor, ExtractionLimits limits, int threads) {
    this.extractor = extractor;
    this.limits = limits;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread t = new Thread(task, "extract-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** An article on its way through extraction. */
  static final class Job {
    final Article article;
    /** How many characters of the text the extractor sees. */
    final int seenChars;
    private final Object startLock = new Object();
    private long startedNanos; // guarded by startLock; 0 until a worker picks the job up
    private Future<ExtractedArticle> result;

    private Job(Article article, int seenChars) {
      this.article = article;
      this.seenChars = seenChars;
    }

    boolean isCut() {
      return article.isEnglishOrUnknown() && seenChars < article.text().length();
    }

    private void markStarted() {
      synchronized (startLock) {
        startedNanos = System.nanoTime();
        startLock.notifyAll();
      }
    }

    private long awaitStart() throws InterruptedException {
      synchronized (startLock) {
        while (startedNanos == 0) {
          startLock.wait();
        }
        return startedNanos;
      }
    }
  }

  /**
   * Queues the article behind those submitted before it. An article in another language than
   * English is done at once, with no facts: the models and rules read English only.
   */
  Job submit(Article article) {
    if (!article.isEnglishOrUnknown()) {
      Job job = new Job(article, 0);
      job.result = CompletableFuture.completedFuture(ExtractedArticle.of(article, List.of(), List.of()));
      job.markStarted();
      return job;
    }
    Job job = new Job(article, limits.cutPoint(article.text()));
    Article seen =
        job.isCut()
            ? new Article(article.id(), article.source(), article.title(), article.authors(),
                article.published(), article.text().substring(0, job.seenChars))
            : article;
    job.result =
        pool.submit(
            () -> {
              job.markStarted();
              ExtractedArticle found = extractor.extract(seen);
              // Offsets into the shortened text hold in the whole text, which is what is kept.
              return job.isCut()
                  ? ExtractedArticle.of(article, found.mentions(), found.facts())
                  : found;
            });
    return job;
  }

  /**
   * The job's result, waiting at most the time limit from when its extraction started. Jobs must
   * be awaited in the order they were submitted: a job starts once those before it are done or
   * given up.
   *
   * @throws ExtractionFailed with the reason, in a few words
   */
  ExtractedArticle await(Job job) throws ExtractionFailed, InterruptedException {
    long started = job.awaitStart();
    long remaining = limits.timeout().toNanos() - (System.nanoTime() - started);
    try {
      return job.result.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      job.result.cancel(true);
      addWorker();
      throw new ExtractionFailed("timed out after " + limitText());
    } catch (CancellationException e) {
      throw new ExtractionFailed("cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ExtractionFailed(describe(cause), cause);
    }
  }

  /** Makes up for a worker left behind on an article that timed out. */
  private synchronized void addWorker() {
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
  }

  private String limitText() {
    long millis = limits.timeout().toMillis();
    return millis < 1000 ? millis + " ms" : limits.timeout().toSeconds() + " s";
  }

  private static String describe(Throwable t) {
    if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
      return "article too complex (" + t.getClass().getSimpleName() + ")";
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** Extraction of one article failed; the message says why. */
  static final class ExtractionFailed extends Exception {
    private static final long serialVersionUID = 1L;

    ExtractionFailed(String why) {
      super(why);
    }

    /** @param cause what the extractor threw, for the stack trace {@code --verbose} prints */
    ExtractionFailed(String why, Throwable cause) {
      super(why, cause);
    }
  }
}
