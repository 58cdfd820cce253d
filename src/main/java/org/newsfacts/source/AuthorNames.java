package org.newsfacts.source;

import java.util.regex.Pattern;

/**
 * One byline as a name: without "By", mail addresses, a trailing date or a "| Publication"
 * tail; {@code null} for what is no name (a URL, a domain, a paragraph).
 */
final class AuthorNames {
  private static final Pattern MAIL_ADDRESS = Pattern.compile("\\s*<[^>]*@[^>]*>");
  private static final Pattern BY = Pattern.compile("(?i)^by:?\\s+");
  private static final Pattern TRAILING_DATE =
      Pattern.compile("(?i)(^|[,|\\s]+)(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}).*$");
  private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}$");
  private static final int MAX_CHARS = 100;

  private AuthorNames() {}

  static String clean(String byline) {
    String name = TextCleanup.inline(byline);
    if (name == null) {
      return null;
    }
    name = MAIL_ADDRESS.matcher(name).replaceAll("").replaceAll("^\"(.*)\"$", "$1");
    name = BY.matcher(name).replaceFirst("");
    name = TRAILING_DATE.matcher(name).replaceFirst("");
    int bar = name.indexOf(" | ");
    if (bar > 0) {
      name = name.substring(0, bar);
    }
    name = name.strip();
    if (name.isEmpty() || name.length() > MAX_CHARS || name.contains("://")
        || DOMAIN.matcher(name).matches()) {
      return null;
    }
    return name;
  }
}
