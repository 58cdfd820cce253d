package org.newsfacts.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.pipeline.ArticleBatch;
import org.newsfacts.source.ArticleReader;

/**
 * Indexes uploaded files exactly as {@code ingest} indexes files on disk: the same reader, the
 * same extraction limits, the same skipping of articles indexed already. An upload's articles
 * are added and committed together once every one of them has been extracted, so a failure
 * midway leaves nothing of that upload in the index.
 */
final class ArticleUploads {
  /** Where an upload's articles are said to come from: {@code upload/ID} (+ {@code /NAME}). */
  static final String SOURCE_PREFIX = "upload/";

  private final LiveIndex index;
  private final ArticleReader reader;
  private final ServeSettings settings;
  private final PrintWriter log;
  // CoreNLP keeps every core busy on one article; more at once only adds memory and waiting.
  private final Semaphore extracting =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

  ArticleUploads(LiveIndex index, ServeSettings settings, PrintWriter log) {
    this.index = index;
    this.settings = settings;
    this.reader = new ArticleReader(settings.reader());
    this.log = log;
  }

  /**
   * Reads, extracts and indexes the articles in {@code file}.
   *
   * @param file the upload, saved under a temporary folder of its own
   * @param shownName what failures call the upload ("page.html", "the request body")
   * @param keepName whether sources end with the upload's name (files do, JSON bodies don't)
   * @throws ApiError 400 when the upload gave no article
   */
  UploadAnswer index(Path file, String shownName, boolean keepName) throws IOException {
    StringWriter messages = new StringWriter();
    List<ExtractedArticle> extracted = new ArrayList<>();
    List<UploadedArticle> unchanged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try {
      extracting.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "server is shutting down");
    }
    try (PrintWriter err = new PrintWriter(messages)) {
      ArticleBatch batch =
          new ArticleBatch(reader, FactExtractor.shared(), settings.extraction(), 1, err)
              .withoutProgress();
      batch.run(
          List.of(file),
          "upload",
          null,
          article -> skip(article, seen, unchanged),
          extracted::add);
    } finally {
      extracting.release();
    }
    String tempPath = file.toString();
    List<String> warnings = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (String line : messages.toString().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String shown = line.replace(tempPath, shownName);
      log.println("serve: " + shown);
      int warning = shown.indexOf(": warning: ");
      if (warning >= 0) {
        warnings.add(shown.substring(warning + ": warning: ".length()));
      } else {
        failed.add(shown);
      }
    }
    log.flush();
    if (extracted.isEmpty() && unchanged.isEmpty()) {
      throw ApiError.badRequest(
          failed.isEmpty() ? shownName + ": no article found" : failed.get(0));
    }
    List<ExtractedArticle> named = new ArrayList<>();
    for (ExtractedArticle article : extracted) {
      named.add(article.withSource(sourceOf(article, tempPath, keepName)));
    }
    index.addAndCommit(named);
    List<UploadedArticle> answered = new ArrayList<>();
    for (ExtractedArticle article : named) {
      answered.add(UploadedArticle.created(article));
      log.println("serve: indexed " + article.source() + " (" + article.facts().size() + " facts)");
    }
    answered.addAll(unchanged);
    log.flush();
    return new UploadAnswer(answered.get(0).id(), answered, warnings, failed);
  }

  private boolean skip(Article article, Set<String> seen, List<UploadedArticle> unchanged) {
    boolean again = !seen.add(article.id());
    if (!again && index.isCurrent(article)) {
      unchanged.add(UploadedArticle.unchanged(article.id(), article.title(), article.published()));
      return true;
    }
    return again;
  }

  /**
   * {@code upload/ID/page.html} (or {@code upload/ID/feed.xml#3} for one entry of a container),
   * {@code upload/ID} for a JSON body. The id makes each distinct article's source its own, so
   * one upload never replaces a different article that happened to have the same file name.
   */
  private static String sourceOf(ExtractedArticle article, String tempPath, boolean keepName) {
    if (!keepName) {
      return SOURCE_PREFIX + article.id();
    }
    String source = article.source();
    String rest = source.startsWith(tempPath) ? source.substring(tempPath.length()) : "";
    String name = Path.of(tempPath).getFileName().toString();
    return SOURCE_PREFIX + article.id() + "/" + name + rest;
  }

  static void requireWritable(LiveIndex index) {
    if (index.readOnly()) {
      throw new ApiError(403, "this server is read-only (--read-only): uploads are refused");
    }
  }
}
