package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsfacts.fact.Article;

/**
 * Keeps what a worker thread found, in order, to hand it over on the caller's thread: handlers
 * are promised a single thread, and a timed-out parse must deliver nothing half-done.
 */
final class RecordingHandler implements ArticleHandler {
  private final List<Consumer<ArticleHandler>> events = new ArrayList<>();

  @Override
  public synchronized void article(Article article) {
    events.add(h -> h.article(article));
  }

  @Override
  public synchronized void failed(String source, String what, String why) {
    events.add(h -> h.failed(source, what, why));
  }

  @Override
  public synchronized void skipped(String source, String why) {
    events.add(h -> h.skipped(source, why));
  }

  @Override
  public synchronized void warning(String source, String message) {
    events.add(h -> h.warning(source, message));
  }

  synchronized void replayTo(ArticleHandler handler) {
    events.forEach(event -> event.accept(handler));
  }
}
