package org.newsfacts.source;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Display normalisation that cannot change what a text says: Unicode NFC, one line-break style,
 * no trailing spaces, paragraphs separated by exactly one blank line. Never applied to JSON Lines
 * text, whose offsets must stay valid.
 */
final class TextCleanup {
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
  private static final Pattern BLANK_RUN = Pattern.compile("\\n{3,}");
  private static final Pattern INLINE_SPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");

  private TextCleanup() {}

  static String clean(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    s = TRAILING_SPACE.matcher(s + "\n").replaceAll("\n");
    s = BLANK_RUN.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  /** Collapses whitespace inside one block (a paragraph or a title) to single spaces. */
  static String inline(String text) {
    if (text == null) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    return INLINE_SPACE.matcher(s).replaceAll(" ").strip();
  }
}
