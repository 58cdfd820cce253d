package org.newsfacts.source;

import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsfacts.source.MainContentExtractor.Extraction;

/**
 * The main text of a web page from a chain of extractors, each asked only when those before it
 * found next to nothing: the scored content block of the cleaned page, then the page's JSON-LD
 * {@code articleBody}, then the scored block of a page cleaned only of what can never be text
 * (a page that hides its article until a script runs, or wraps it in an element named like
 * furniture). A short article stays short: a later link replaces the text only when it finds
 * clearly more.
 */
final class ArticleTextChain {
  /** Text of at least this length ends the chain: about three short paragraphs. */
  static final int ENOUGH_CHARS = 500;

  private ArticleTextChain() {}

  /** The article text of {@code page}; leaves {@code page} as it was. */
  static Extraction extract(Document page) {
    return extract(page, null);
  }

  /**
   * The article text of {@code original}, whose headline gives {@code title} (may be {@code
   * null}); leaves {@code original} as it was.
   */
  static Extraction extract(Document original, String title) {
    Document page = original.clone();
    HeadlineAnchor.mark(page, title);
    CommentThreads.mark(page);
    Extraction best = MainContentExtractor.extract(page.clone());
    for (Function<Document, Extraction> fallback : fallbacks()) {
      if (best.text().length() >= ENOUGH_CHARS) {
        break;
      }
      Extraction next = fallback.apply(page.clone());
      if (next.text().length() > 2 * best.text().length()) {
        String dateLine = best.dateLine() != null ? best.dateLine() : next.dateLine();
        best = new Extraction(next.text(), dateLine);
      }
    }
    return best;
  }

  private static List<Function<Document, Extraction>> fallbacks() {
    return List.of(ArticleTextChain::jsonLdBody, MainContentExtractor::extractLeniently);
  }

  private static Extraction jsonLdBody(Document page) {
    String body = JsonLdArticle.find(page).articleBody();
    if (body == null) {
      return new Extraction("", null);
    }
    // Some publishers put markup in articleBody; its lines are its paragraphs.
    StringBuilder text = new StringBuilder();
    for (String line : Jsoup.parse(body.replaceAll("(?i)<(p|br|div)\\b", "\n$0")).wholeText().split("\n")) {
      String paragraph = TextCleanup.inline(line);
      if (!paragraph.isEmpty()) {
        text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
      }
    }
    return new Extraction(text.toString(), null);
  }
}
