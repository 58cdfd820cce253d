package org.newsfacts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The YAML front matter of a Markdown file ({@code ---} lines around {@code key: value} pairs).
 * Only the flat keys articles use are read (title, date, author/authors), so no YAML library is
 * needed; anything else is ignored.
 */
record FrontMatter(String title, String date, List<String> authors, String body) {
  static final FrontMatter NONE = new FrontMatter(null, null, List.of(), "");

  static FrontMatter parse(String markdown) {
    String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    String[] lines = text.split("\r?\n", -1);
    if (lines.length < 2 || !lines[0].strip().equals("---")) {
      return new FrontMatter(null, null, List.of(), text);
    }
    String title = null;
    String date = null;
    List<String> authors = new ArrayList<>();
    String listKey = null;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---") || line.strip().equals("...")) {
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
        return new FrontMatter(title, PublishedDates.parse(date), authors, body);
      }
      if (line.matches("^\\s+-\\s+.*") && listKey != null && listKey.startsWith("author")) {
        authors.add(unquote(line.strip().substring(1)));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = unquote(line.substring(colon + 1));
      listKey = key;
      if (key.equals("title")) {
        title = value;
      } else if (key.equals("date") || key.equals("published")) {
        date = value;
      } else if (key.startsWith("author") && !value.isEmpty()) {
        for (String name : value.replaceAll("^\\[|]$", "").split(",")) {
          authors.add(unquote(name));
        }
      }
    }
    return new FrontMatter(null, null, List.of(), text);
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      v = v.substring(1, v.length() - 1);
    }
    return v.strip();
  }
}
