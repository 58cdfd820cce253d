package org.newsfacts.serve;

import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;

/**
 * Loads the NLP models before the first upload needs them: CoreNLP loads its taggers on first
 * use, and SUTime's date rules only when a text first holds a date word, which together make a
 * cold first upload take about ten seconds longer than the next.
 */
final class ModelWarmUp {
  private static final Article SAMPLE =
      new Article(
          "warm-up",
          "warm-up",
          "Minister visits Baghdad",
          null,
          "2024-09-27",
          "On Monday, March 3, Iraqi Prime Minister Mohammed Shia al-Sudani met officials of the"
              + " United Nations in Baghdad. The plan withdraws 2,500 U.S. troops, costs $1.8"
              + " billion and takes two years, a spokesman said last week.");

  private ModelWarmUp() {}

  /** Extracts one small article, loading every model extraction uses. */
  static void run() {
    FactExtractor.shared().extract(SAMPLE);
  }

  /** {@link #run} on a background thread, so the server answers searches meanwhile. */
  static void start() {
    Thread thread = new Thread(ModelWarmUp::run, "serve-model-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }
}
