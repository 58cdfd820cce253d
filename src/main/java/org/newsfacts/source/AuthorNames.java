package org.newsfacts.source;

import java.util.regex.Pattern;

/**
 * One byline as a name: without "By", mail addresses, a trailing date or a "| Publication"
 * tail; {@code null} for what is no name (a URL, a domain, a paragraph).
 */
final class AuthorNames {
  private static final Pattern MAIL_ADDRESS = Pattern.compile("\\s*<[^>]*@[^>]*>");
  private static final Pattern BY =
      Pattern.compile("(?i)^(?:(?:written|posted|reported|words|story|text)\\s+)?by:?\\s+");
  /** Page furniture that sits where the byline does: "Posts", "Bio", "24 comments", "Email". */
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)^(?:posts?|bio|biography|about(?: the author)?|(?:view )?(?:my )?(?:complete |google )?"
          + "profile|more|e-?mail|contact|follow|twitter|facebook|share|\\d*\\s*comments?|published:?"
          + "|updated:?|undefined|null|admin(?:istrator)?|webmaster|team|staff|editors?|subscribe"
          + "|read more|sponsored\\b.*|.*\\bphoto\\b.*|.*@.*)$");
  /**
   * A newsroom credited as the author ("ABC News", "The Associated Press", "Wikinews newsletter",
   * "Reuters Staff"): the publisher, not a person who wrote the article.
   */
  private static final Pattern NEWSROOM =
      Pattern.compile("(?i)^(?:the\\s+)?[\\p{L}\\p{N}.&' -]*?\\b(?:news|press|newsletter|staff|team|"
          + "desk|wire|wires|newsroom|agency|agencies|reuters|wikinews|editorial board)$");
  /**
   * "Ann Lee, January 5, 2016", "Ann Lee | 2016-01-05"; also a date glued to the name by a
   * template that sets them in adjacent elements: "Ann Lee22 Dec 2016651" (day, month, year,
   * then a share count).
   */
  private static final Pattern TRAILING_DATE =
      Pattern.compile("(?i)(^|[,|\\s]+|(?<=\\p{Ll}))(?:on\\s+)?(\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}).*$");
  /** "Ann Lee Edited by Tom Roe": the editor is credited, not an author. */
  private static final Pattern OTHER_CREDIT =
      Pattern.compile("(?i)\\s+(?:edited|photos?|photographs?|illustrations?|graphics) by\\b.*$");
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
    name = OTHER_CREDIT.matcher(name).replaceFirst("");
    int bar = name.indexOf(" | ");
    if (bar > 0) {
      name = name.substring(0, bar);
    }
    name = name.strip();
    // A name has a capital somewhere: "stevejones123" is a commenter's handle, not a byline.
    if (name.isEmpty() || name.length() > MAX_CHARS || name.contains("://")
        || DOMAIN.matcher(name).matches() || NOT_A_NAME.matcher(name).matches()
        || NEWSROOM.matcher(name).matches()
        || name.chars().noneMatch(Character::isUpperCase)) {
      return null;
    }
    return name;
  }
}
