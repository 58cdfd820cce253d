package org.newsfacts.source;

import java.util.regex.Pattern;

/**
 * Markdown to plain text, line by line: the words stay, the markup goes (heading marks,
 * emphasis, link targets, images, code fences, HTML tags). Enough for news text, which uses
 * little of Markdown.
 */
final class MarkdownText {
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]*)]\\[[^\\]]*]");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3})(\\S(?:.*?\\S)?)\\1");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  private MarkdownText() {}

  static String plain(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    for (String line : markdown.split("\r?\n", -1)) {
      out.append(plainLine(line)).append('\n');
    }
    return out.toString();
  }

  private static String plainLine(String line) {
    String s = line;
    if (s.matches("^\\s*(```|~~~).*") || s.matches("^\\s*\\[[^\\]]+]:\\s+\\S+.*")) {
      return "";
    }
    if (s.matches("^\\s*([-*_]\\s*){3,}$") || s.matches("^\\s*[=-]{3,}\\s*$")) {
      return "";
    }
    s = s.replaceFirst("^\\s{0,3}#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", "");
    s = s.replaceFirst("^\\s*>\\s?", "");
    s = s.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "");
    s = IMAGE.matcher(s).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    s = REF_LINK.matcher(s).replaceAll("$1");
    s = EMPHASIS.matcher(s).replaceAll("$2");
    s = TAG.matcher(s).replaceAll("");
    return s.replace("\\", "");
  }
}
