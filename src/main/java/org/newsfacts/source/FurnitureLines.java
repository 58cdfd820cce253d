package org.newsfacts.source;

import java.util.regex.Pattern;

/**
 * Short lines that web pages put around an article and that copies of them carry along:
 * "Advertisement", "More from Author", "Share this", "Trending on ...", "Related posts", "Post a
 * comment", a gallery's "3 of 6", "Text size", "Show caption", "Next article", "Story continues
 * below". Phrases every site uses, not rules for particular sites.
 */
final class FurnitureLines {
  // A phrase, then at most a few words without sentence punctuation: "More from Author" and
  // "Trending on Example News" are furniture, "More from the bank later, it said." is not.
  private static final String TAIL = "[^.,;!?]{0,40}";
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)^[-\\s]*(advertisement|advertisements|advert|ad|sponsored( content)?|don'?t miss|"
              + "this slideshow requires javascript|share( this)?( article| story)?|read more|"
              + "related( \\w+)?|recommended( for you)?|most (read|popular)|"
              + "comments?|(post|leave|add|write|submit) (a|your) (comment|reply|response)|"
              + "(image|photo|picture)( source| credit)?:.*|\\d+ of \\d+|brought to you by|"
              + "(text|font)( size)?|(show |hide )?caption|trackback( url for this entry)?|"
              + "(previous|next) (article|post|story)|printer[- ]friendly( page| version)?|"
              + "(story|article) continues below|article tools|we also recommend|"
              + "(more from|follow us|sign up|subscribe|click here|skip to|trending|copyright|©|"
              + "all rights reserved)" + TAIL + ")[-\\s.:]*$");

  /**
   * A copyright notice: opens with the claim, names a year or reserves the rights, and is at
   * most a few lines long ("Copyright 2008 The Associated Press. All rights reserved. This
   * material may not be published..."). A sentence about copyright does not open with the claim.
   */
  private static final Pattern COPYRIGHT_NOTICE =
      Pattern.compile("(?i)^(copyright\\b|\u00A9|\\(c\\)\\s*\\d{4}).*(\\b(19|20)\\d\\d\\b|all rights reserved).*");
  private static final int MAX_NOTICE_CHARS = 220;

  private FurnitureLines() {}

  /** True when {@code paragraph} is a publisher's copyright notice. */
  static boolean isCopyrightNotice(String paragraph) {
    String line = paragraph.strip();
    return line.length() <= MAX_NOTICE_CHARS && COPYRIGHT_NOTICE.matcher(line).matches();
  }

  /** True when {@code paragraph} is at most {@code maxChars} long and reads like furniture. */
  static boolean matches(String paragraph, int maxChars) {
    return paragraph.length() <= maxChars && FURNITURE_LINE.matcher(paragraph.strip()).matches();
  }
}
