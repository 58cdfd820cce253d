package org.newsfacts.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsfacts.fact.Article;
import org.newsfacts.source.ArticleHandler;
import org.newsfacts.source.ArticleReader;

/**
 * What the source stage makes of files, without fact extraction (no models): one tab-separated
 * line per article, {@code source, published, authors (joined by "; "), title}, and a {@code
 * FAILED} line per file that gave none. For counting how many pages of a dev set get a date or
 * which author lists they get.
 *
 * <p>Usage: {@code java -cp target/newsfacts.jar org.newsfacts.bench.ArticleMetadata PATH...}
 */
public final class ArticleMetadata {
  private ArticleMetadata() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    ArticleReader reader = new ArticleReader();
    ArticleHandler print =
        new ArticleHandler() {
          @Override
          public void article(Article a) {
            out.println(String.join("\t", a.source(), a.published() == null ? "" : a.published(),
                String.join("; ", a.authors()), a.title() == null ? "" : a.title()));
          }

          @Override
          public void failed(String source, String what, String why) {
            out.println(source + "\tFAILED\t" + what + ": " + why);
          }
        };
    for (String path : args) {
      reader.read(Path.of(path), print);
    }
    out.flush();
  }
}
