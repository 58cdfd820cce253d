package org.newsfacts.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content-derived article ids, so an unchanged file keeps its id and the same article in two
 * formats gets one id (ingest dedupes by id).
 *
 * <p>The hash covers the text with every run of whitespace made one space, and without a first
 * line equal to the title: a PDF or text file repeats the headline at the top of its text, an
 * HTML page keeps it apart in {@code <h1>}.
 */
final class ContentIds {
  // Non-breaking and zero-width spaces count as spaces: pages and PDFs differ in them.
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

  private ContentIds() {}

  /** The first 16 hex characters of the SHA-256 of the article's normalised text. */
  static String of(String title, String text) {
    return sha256(squash(Headlines.withoutHeadline(text, title))).substring(0, 16);
  }

  private static String squash(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static String sha256(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
