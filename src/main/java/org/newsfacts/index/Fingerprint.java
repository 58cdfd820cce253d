package org.newsfacts.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsfacts.fact.Article;

/**
 * A digest of what extraction reads from an article (title, date, text): equal fingerprints mean
 * extraction would produce the same facts, so ingest can skip the article.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Article article) {
    return of(article.title(), article.published(), article.text());
  }

  static String of(String title, String published, String text) {
    MessageDigest digest = sha256();
    // A separator that cannot occur in the parts keeps ("ab", "c") apart from ("a", "bc").
    for (String part : new String[] {title, published, text}) {
      digest.update((part == null ? "\u0001" : part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
