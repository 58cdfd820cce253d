package org.newsfacts.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credit lines are not news: a byline, "(Reporting by Ann Lee; Editing by Tom Roe)", a photo
 * credit ending "Getty Images", a copyright line and the wire's sign-off ("REUTER" closing a
 * Reuters story) name the people who made the article, not the people it is about. Facts come
 * from the text with them blanked out: each character of a credit becomes a space (line breaks
 * stay), so every offset still points into the article's own text, which is kept as it was.
 */
public final class CreditLines {
  private static final String WIRE = "(?:REUTERS?|Reuters?|AP|AFP|UPI|DPA|(?:The )?Associated Press|Agence France-Presse)";
  /** A wire's sign-off or credit alone on a line: "REUTER", "Associated Press", "AFP, AP". */
  private static final Pattern SIGN_OFF_LINE =
      Pattern.compile("(?m)^[ \\t]*" + WIRE + "(?:[ \\t]*[,/&][ \\t]*" + WIRE + ")*\\.{0,3}[ \\t]*$");
  private static final Pattern SIGN_OFF_AT_END =
      Pattern.compile("(?:[ \\t]{2,}|\\n)[ \\t]*(?:REUTERS?|Reuter)\\.{0,3}\\s*$");
  /** "(Reporting by ...; Editing by ...)", on its own line or closing a paragraph. */
  private static final Pattern STAFF_CREDIT =
      Pattern.compile("(?m)\\((?:(?:Additional |Further )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|"
          + "[Cc]ompiled|[Rr]esearch) by|[Ee]dited by)[^()\\n]{1,300}\\)"
          + "|^[ \\t]*(?:(?:Additional |Further )?(?:Reporting|Writing|Editing|Compiled|Research|"
          + "Contributing|Graphics|Photos?)|Edited) by[ \\t]+\\p{Lu}[^\\n]{0,200}$");
  /**
   * "By Ann Lee", "By ANN LEE and TOM ROE, Associated Press Writer", "By Ann Lee (Our staff
   * reporter)", "By Ann Lee - Fri, 12/28/2007 - 6:41am.": a line of names and a short tail.
   */
  private static final Pattern BYLINE =
      Pattern.compile("(?m)^[ \\t]*By:?[ \\t]+(?:\\p{Lu}[\\p{L}'.\\-]*[ \\t]*|and[ \\t]+|&[ \\t]*|,[ \\t]*)+"
          + "(?:[,|(\\u2013\\u2014-][^\\n.]{0,60}\\.?)?[ \\t]*$");
  /** A caption credit line: "Photo: Ann Lee/Getty Images", "AP Photo/Tom Roe". */
  private static final Pattern PHOTO_LINE =
      Pattern.compile("(?m)^[ \\t]*(?:\\(?(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Illustration|Video)"
          + "(?: by| credit:?|:)|Credits?:|AP Photo/)[ \\t]*\\p{Lu}[^\\n]{0,100}"
          + "|[^\\n]{0,80}(?:Getty Images|/AFP|/AP|/Reuters|/REUTERS|Shutterstock)\\)?\\.?)[ \\t]*$");
  /**
   * A line that names who made the piece under a label: "WORDS & IMAGES: Ann", "EDITING: Tom Roe",
   * "Text and photos by Ann Lee"; and a "Photo: Ann Lee" that closes a caption's line.
   */
  private static final String CREDIT_LABEL = "(?i:words|text|story|images?|photos?|photography"
      + "|pictures?|editing|edited|editor|reporting|additional reporting|writing|written"
      + "|illustrations?|graphics|design|styling|video|production|produced|research)";
  /** Capitalised words joined by "and" or "&": the names a credit gives, nothing more. */
  private static final String NAMES =
      "\\p{Lu}[\\p{L}'\u2019\\-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|and|&))*";
  private static final Pattern LABELLED_CREDIT =
      Pattern.compile("(?m)^[ \\t]*(?:" + CREDIT_LABEL + "(?:[ \\t]*(?:&|and|,|/)[ \\t]*)?)+"
          + "[ \\t]*(?::|by)[ \\t]+" + NAMES + "(?:[ \\t]*/[ \\t]*\\p{Lu}[^\\n]{0,30})?[ \\t]*$"
          + "|(?<=[.!?][ \\t])[ \\t]*Photo(?:graph)?s?:[ \\t]*\\p{Lu}[\\p{L}'.\\- ]{1,60}$");
  /** "(AP Photo/Tom Roe)", "(Photo: Getty Images)" inside a caption or paragraph. */
  private static final Pattern PHOTO_INLINE =
      Pattern.compile("\\((?:AP|AFP|Reuters|REUTERS|Getty Images|AP Photo|Photo|Credit|Image|Picture)"
          + "(?:[ :/][^()\\n]{0,80})?\\)");
  /** "Copyright 2015 Ann Lee. All rights reserved.", "© 2024 The Courier". */
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("(?m)^[ \\t]*(?:Copyright[ \\t]*(?:\\u00A9|\\([Cc]\\)|\\d{4})|\\u00A9|\\([Cc]\\)[ \\t]*\\d{4})"
          + "[^\\n]{0,200}$"
          + "|^[^\\n]{0,120}\\bAll [Rr]ights [Rr]eserved\\.?[ \\t]*$");
  /**
   * Names and their newsroom on a line of their own anywhere: "Ann Lee and Tom Roe, CanWest News
   * Service", "ANN LEE, Staff Reporter".
   */
  private static final Pattern NEWSROOM_BYLINE =
      Pattern.compile("(?m)^[ \\t]*" + "\\p{Lu}[\\p{L}'\u2019.\\-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|and|&))+"
          + "[ \\t]*,[ \\t\u00a0]*(?:[\\p{L}.&' -]{0,30}[ \\t])?(?:News Service|Press|(?i:staff )?(?:Writer|Reporter|Correspondent)"
          + "|Staff|Bureau|Columnist)[ \\t]*$");
  /**
   * Who else worked on the story: "Ann Lee contributed to this report.", "With files from Ann
   * Lee", "Thanks to Ann Lee for additional reporting.", "This article was originally written by
   * Ann Lee."
   */
  private static final Pattern CONTRIBUTORS =
      Pattern.compile("(?m)^[^\\n]{0,150}\\b(?:contributed (?:to this (?:report|story|article)|reporting(?= from| to this|[.;,)]|[ \\t]*$))"
          + "|[Ww]ith files from|for additional reporting|(?:article|story|post|piece) was (?:originally )?(?:written|authored|reported) by)"
          + "\\b[^\\n]{0,150}$");
  /**
   * How to reach the writer: "Ann Lee can be reached at alee@example.com.", "Write to Ann Lee at
   * ...", "To contact the reporter on this story: ...", a contact's name and phone number. A bare
   * "e-mail:" is not enough: Reuters closes stories with "-- Ann Lee (416) 941-8105, e-mail: ...",
   * which the CoNLL-2003 gold annotates as a person like any other.
   */
  private static final Pattern CONTACT_LINE =
      Pattern.compile("(?m)^(?=[^\\n]{0,300}(?:@|\\(at\\))[\\w-]+\\.)[^\\n]{0,300}"
          + "\\b(?:(?:can|may) be reached|[Rr]each (?:him|her|them)|[Ww]rite to|[Cc]ontact)\\b[^\\n]{0,300}$"
          + "|^[ \\t]*\\p{Lu}[\\p{L}'\u2019.\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}'\u2019.\\-]*)+[ \\t]*,[ \\t]*\\+?[\\d() .-]{7,20}[ \\t]*$");
  /**
   * A credit that closes a caption, after its last sentence or alone on its line: "... in 1981.
   * Image: NASA Bill Ingalls.", "... a demo of the headset Image: Ann Lee.", "... Portland won the
   * game. REUTERS/Ann Lee", "... footage of the storm. Produced by Ann Lee", and "photo by ann
   * lee" or "Top photo by Ann Lee" on a line of its own. The credit holds names only (capitalised
   * words, "and", "/"), so a caption's heading ("photos: storm damage in Lindenhurst") stays news,
   * and only the tail goes: the caption stays news too.
   */
  private static final String CREDITED =
      "\\p{Lu}[\\p{L}'\u2019.\\-]*(?:(?:[ \\t]+|[ \\t]*/[ \\t]*)(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|and|&|of|de|van|von|der))*";
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile("(?m)(?:(?:^|(?<=[.!?)\u201d\"][ \\t]))[ \\t]*(?:"
          + "(?:(?i:photo(?:graph)?s?|images?|pictures?|credits?|file photo)(?:[ \\t]*:|[ \\t]+by:?)"
          + "|(?:Produced|Filmed|Shot|Edited|Written|Reported) by:?)[ \\t]*" + CREDITED
          + "|(?:REUTERS|Reuters|AFP|AP(?: Photo)?|EPA|Getty Images)/[ \\t]*" + CREDITED + ")"
          + "|(?<=[ \\t])(?:Photo(?:graph)?s?|Images?|Pictures?):[ \\t]*" + CREDITED + ")"
          + "\\.?[ \\t]*$"
          + "|^[ \\t]*(?:\\p{L}+[ \\t]+){0,3}(?i:photo(?:graph)?s?|images?|pictures?) by[ \\t]+\\p{L}[\\p{L}'\u2019 .\\-]{0,60}"
          + "(?<![.!?])$");
  /**
   * A credit in brackets inside a caption: "(Ann Lee/AFP/Getty Images)", "(Official White House
   * Photo by Ann Lee)".
   */
  private static final Pattern BRACKETED_PHOTO_CREDIT =
      Pattern.compile("\\([^()\\n]{0,60}(?:/[ \\t]*(?:AFP|AP|Reuters|REUTERS|Getty Images|EPA|Bloomberg|Shutterstock|Associated Press)"
          + "|\\b(?i:photo(?:graph)?|image|picture)s?(?: by|:))[^()\\n]{0,60}\\)");
  /**
   * A copyright notice wherever it stands, up to the end of its sentence: "... a career guide, by
   * Ann Lee, Copyright 2013.", "photos \u00a9 Ann Lee, 2018", "Copyright \u00a9 2011, Harbour
   * University. For more information, ..." (the next sentence stays). "Copyright" alone needs a
   * mark or a year right after it, or the holder's name and the year closing the line or
   * sentence ("... kate@example.com Copyright Business Wire 2008"): "the Copyright Act of 1976"
   * and "Copyright Office 2008 figures" are news.
   */
  private static final Pattern COPYRIGHT_NOTICE =
      Pattern.compile("(?:\\bby[ \\t]+\\p{Lu}[\\p{L}'.\\- ]{1,40},[ \\t]*)?"
          + "(?:\\bCopyright[ \\t]*(?:\u00A9|\\([Cc]\\))?[ \\t]*(?:19|20)\\d\\d|\\bCopyright[ \\t]*(?:\u00A9|\\([Cc]\\))"
          + "|\\bCopyright(?:[ \\t]+\\p{Lu}[\\p{L}&.'\\-]*){1,5}[ \\t]+(?:19|20)\\d\\d(?=[ \\t]*(?:[.,;]?[ \\t]*$))"
          + "|\u00A9|\\([Cc]\\)[ \\t]*(?:19|20)\\d\\d)"
          + "[^\\n]{0,150}?(?:\\.(?=\\s|$)|$)", Pattern.MULTILINE);
  private static final List<Pattern> CREDITS =
      List.of(SIGN_OFF_LINE, SIGN_OFF_AT_END, STAFF_CREDIT, BYLINE, PHOTO_LINE, LABELLED_CREDIT,
          PHOTO_INLINE, COPYRIGHT_LINE, NEWSROOM_BYLINE, CONTRIBUTORS, CONTACT_LINE, CAPTION_CREDIT,
          BRACKETED_PHOTO_CREDIT, COPYRIGHT_NOTICE);

  private CreditLines() {}

  /** {@code text} with every credit blanked by spaces; the same length, the same line breaks. */
  public static String blank(String text) {
    char[] chars = null;
    for (Pattern credit : CREDITS) {
      Matcher m = credit.matcher(text);
      while (m.find()) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        for (int i = m.start(); i < m.end(); i++) {
          if (chars[i] != '\n' && chars[i] != '\r') {
            chars[i] = ' ';
          }
        }
      }
    }
    return chars == null ? text : new String(chars);
  }
}
