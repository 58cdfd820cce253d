package org.newsfacts.source;

import java.util.regex.Pattern;

/**
 * Short lines that web pages put around an article and that copies of them carry along:
 * "Advertisement", "More from Author", "Share this", "Trending on ...". Phrases every site uses,
 * not rules for particular sites.
 */
final class FurnitureLines {
  // A phrase, then at most a few words without sentence punctuation: "More from Author" and
  // "Trending on Example News" are furniture, "More from the bank later, it said." is not.
  private static final String TAIL = "[^.,;!?]{0,40}";
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)^[-\\s]*(advertisement|advertisements|advert|ad|sponsored( content)?|don'?t miss|"
              + "this slideshow requires javascript|share( this)?( article| story)?|read more|"
              + "related( articles| stories| content)?|recommended( for you)?|most (read|popular)|"
              + "comments?|leave a (comment|reply)|(image|photo|picture)( source| credit)?:.*|"
              + "(more from|follow us|sign up|subscribe|click here|skip to|trending|copyright|©|"
              + "all rights reserved)" + TAIL + ")[-\\s.:]*$");

  private FurnitureLines() {}

  /** True when {@code paragraph} is at most {@code maxChars} long and reads like furniture. */
  static boolean matches(String paragraph, int maxChars) {
    return paragraph.length() <= maxChars && FURNITURE_LINE.matcher(paragraph.strip()).matches();
  }
}
