package org.newsfacts.source;

import java.util.regex.Pattern;

/**
 * Article texts start with their headline as a paragraph of its own, whatever the format. The
 * {@code text} command and content ids leave it out: the main text is what follows it.
 */
public final class Headlines {
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  private Headlines() {}

  /** True when the first paragraph of {@code text} is {@code title}, ignoring case and spacing. */
  public static boolean startsWith(String text, String title) {
    if (title == null || title.isBlank()) {
      return false;
    }
    String body = text.strip();
    int end = body.indexOf('\n');
    String first = end < 0 ? body : body.substring(0, end);
    return squash(first).equalsIgnoreCase(squash(title));
  }

  /** The text without its headline paragraph, if it starts with one. */
  public static String withoutHeadline(String text, String title) {
    if (!startsWith(text, title)) {
      return text;
    }
    String body = text.strip();
    int end = body.indexOf('\n');
    return end < 0 ? "" : body.substring(end + 1).strip();
  }

  private static String squash(String s) {
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }
}
