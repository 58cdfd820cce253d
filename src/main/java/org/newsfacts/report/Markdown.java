package org.newsfacts.report;

/** Escaping for text from articles, which may hold any character Markdown treats specially. */
final class Markdown {
  private Markdown() {}

  /** Text on one line with Markdown's special characters backslash-escaped. */
  static String escape(String text) {
    String line = FactDescriptions.oneLine(text);
    StringBuilder sb = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A quoted sentence. */
  static String quote(String sentence) {
    return sentence == null ? "(no sentence)" : "“" + escape(sentence) + "”";
  }

  /** An inline code span, long enough a fence for any backticks inside. */
  static String code(String text) {
    String line = FactDescriptions.oneLine(text);
    String fence = line.contains("`") ? "`` " : "`";
    String close = line.contains("`") ? " ``" : "`";
    return fence + line + close;
  }
}
