package org.newsfacts.source;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The date printed just under a page's headline ("Posted on Fri, Jan. 18, 2008", "Staff and
 * agencies 29 December, 2007", "Last Updated: Saturday, 12 January 2008, 14:28 GMT"): where pages
 * without a date in their markup, or in an element named for it, still give one. Only the few
 * lines between the headline and the body are read, so a masthead's "today" above the headline,
 * a related story's date and the dates the article itself talks about are never taken; and,
 * last, the lines by the page's first byline ({@link #underByline}).
 */
final class HeadlineDates {
  /** How much text after the headline may stand before the date line: a byline, a kicker. */
  static final int WINDOW_CHARS = 300;
  private static final int MAX_LINE_CHARS = 100;
  /** Elements looked at after the headline, so a deeply nested page costs no more than a plain one. */
  private static final int MAX_ELEMENTS = 150;
  /** A title this short ("News", "Home") could be any link's text. */
  private static final int MIN_TITLE_CHARS = 20;
  private static final Pattern BY_NAME = Pattern.compile("\\s*By:?\\s+\\p{Lu}");
  private static final Pattern BYLINE_NAME = Pattern.compile("(?i)byline|author");
  private static final Pattern CLOCK_END = Pattern.compile("(?i)\\b[ap]\\.m\\.$");
  /** "01/10/2008", "06.01.2008 01:07", "3/09/15": a numeric date with the year last. */
  static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d/.-])(\\d\\d?)([-/.])(\\d\\d?)\\2((?:19|20)?\\d\\d)(?![\\d/.-])");

  private HeadlineDates() {}

  /** The plausible date of the first short line under the headline, or {@code null}. */
  static String underHeadline(Document page, String title) {
    Element headline = headline(page, title);
    return headline == null ? null : firstLineDateAfter(page, headline, DateOrder.of(page));
  }

  /**
   * The plausible date of the byline itself or of the first short line under it ("By JILL
   * LAWLESS<br>The Associated Press<br>Thursday, January 17, 2008; 8:43 AM"): pages whose
   * headline stands far above the byline, or is not found, still print the date by the
   * author's name. Only the page's first byline is read, as the article's own comes before its
   * comments and related stories, and none inside a comment.
   */
  static String underByline(Document page) {
    if (page.body() == null) {
      return null;
    }
    for (Element element : page.body().getAllElements()) {
      if (isByline(element)) {
        if (LabelledDates.isInComments(element) || isCaption(element)) {
          return null;
        }
        DateOrder order = DateOrder.of(page);
        String date = dateOfLine(element.text(), order);
        if (date == null) {
          date = looseLineDateAfter(element, order);
        }
        return date != null ? date : firstLineDateAfter(page, element, order);
      }
    }
    return null;
  }

  /**
   * The date of a line of loose text right after {@code start} in its parent ("<div
   * id=byline>By Ann Lee</div>The Associated Press<br>Thursday, January 17, 2008"), where no
   * element of its own holds the line.
   */
  private static String looseLineDateAfter(Element start, DateOrder order) {
    int read = 0;
    for (Node next = start.nextSibling(); next != null && read <= WINDOW_CHARS; next = next.nextSibling()) {
      if (next instanceof TextNode text) {
        if (standsAlone(text.previousSibling()) && standsAlone(text.nextSibling())) {
          String date = dateOfLine(TextCleanup.inline(text.getWholeText()), order);
          if (date != null) {
            return date;
          }
        }
        read += text.text().length();
      } else if (next instanceof Element e && !e.is(CssQueries.of("br"))) {
        return null; // the lines that follow are read element by element
      }
    }
    return null;
  }

  /** A short element that starts "By Ann Lee", or one named for the byline or the author. */
  private static boolean isByline(Element element) {
    if (!BY_NAME.matcher(element.ownText()).lookingAt()
        && !BYLINE_NAME.matcher(element.className() + " " + element.id()).find()) {
      return false;
    }
    // The text of the whole subtree last: read for every element of a page, it cost the most.
    String text = element.text();
    return !text.isEmpty() && text.length() <= MAX_LINE_CHARS;
  }

  /** The date of the first short line in the few lines after {@code start} and its own elements. */
  private static String firstLineDateAfter(Document page, Element start, DateOrder order) {
    Elements all = page.body().getAllElements();
    // The start's own elements come right after it in document order: skip them all.
    int first = all.indexOf(start) + start.getAllElements().size();
    int last = Math.min(all.size(), first + MAX_ELEMENTS);
    int read = 0;
    for (int i = first; i < last && read <= WINDOW_CHARS; i++) {
      Element element = all.get(i);
      String date = isCaption(element) ? null : dateOfLine(element.text(), order);
      if (date == null && !isCaption(element)) {
        date = looseLineDate(element, order);
      }
      if (date != null) {
        return date;
      }
      read += element.ownText().length();
    }
    return null;
  }

  /**
   * The date of the line just above the headline ("February 4, 2025 - 11 minutes" over the
   * {@code <h1>}), where some templates set it; only the one line next to the headline, so a
   * masthead's "today" further up is not read.
   */
  static String aboveHeadline(Document page, String title) {
    Element headline = headline(page, title);
    if (headline == null) {
      return null;
    }
    Elements all = page.body().getAllElements();
    for (int i = all.indexOf(headline) - 1; i >= 0; i--) {
      Element element = all.get(i);
      if (!element.ownText().isBlank() && !headline.parents().contains(element)) {
        // The last words before the headline may be a link inside the line ("<p><a>Reuters</a>
        // - December 30, 2007</p>"): the line is the block that holds them.
        Element line = element;
        while (!BlockText.BLOCK_TAGS.contains(line.normalName()) && line.parent() != null
            && !headline.parents().contains(line.parent())) {
          line = line.parent();
        }
        return isCaption(line) ? null : dateOfLine(line.text(), DateOrder.of(page));
      }
    }
    return null;
  }

  /**
   * The plausible date of a short line that is no sentence and no day-month puzzle, or null; the
   * page's declared language may settle the puzzle.
   */
  private static String dateOfLine(String line, DateOrder order) {
    String text = order.resolve(line);
    if (text.isEmpty() || text.length() > MAX_LINE_CHARS || isSentence(text) || isAmbiguous(text)) {
      return null;
    }
    return PageDates.plausible(text);
  }

  /**
   * The date of a line of loose text inside a longer element: old layouts set the byline and the
   * date as lines of one block, broken by {@code <br>} ("Staff and agencies<br>29 December,
   * 2007<br>"), so no element holds the date line alone. A text node counts as a line only when
   * nothing inline runs on from it on either side: words in the middle of a sentence are no line.
   */
  private static String looseLineDate(Element element, DateOrder order) {
    if (element.text().length() <= MAX_LINE_CHARS) {
      return null; // the element is itself a line, read whole above
    }
    for (TextNode node : element.textNodes()) {
      if (standsAlone(node.previousSibling()) && standsAlone(node.nextSibling())) {
        String date = dateOfLine(TextCleanup.inline(node.getWholeText()), order);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static boolean standsAlone(Node neighbour) {
    return neighbour == null || neighbour instanceof Element e
        && (e.is(CssQueries.of("br, legend")) || BlockText.BLOCK_TAGS.contains(e.normalName()));
  }

  /**
   * Whether {@code element} stands above the page's headline with more than a few lines of text
   * between them (the site's menus): a masthead's date, not the story's. A date line just above
   * the headline, under a kicker ("U.S. NEWS"), is the story's.
   */
  static boolean isFarAboveHeadline(Document page, String title, Element element) {
    Element headline = headline(page, title);
    if (headline == null) {
      return false;
    }
    Elements all = page.body().getAllElements();
    int at = all.indexOf(headline);
    int after = all.indexOf(element) + element.getAllElements().size();
    if (after > at) {
      return false; // under the headline, or holding it
    }
    int between = 0;
    for (int i = after; i < at && between <= WINDOW_CHARS; i++) {
      between += all.get(i).ownText().length();
    }
    return between > WINDOW_CHARS;
  }

  /** The page's first {@code <h1>}, else the first heading that gives the title. */
  private static Element headline(Document page, String title) {
    if (page.body() == null) {
      return null;
    }
    for (Element h1 : page.body().select(CssQueries.of("h1"))) {
      if (!h1.text().isBlank()) {
        return h1;
      }
    }
    if (title == null || title.isBlank()) {
      return null;
    }
    String wanted = title.strip().toLowerCase(Locale.ROOT);
    for (Element heading : page.body().select(CssQueries.of("h2, h3, .headline, [class*=title]"))) {
      String text = heading.text().strip().toLowerCase(Locale.ROOT);
      if (!text.isEmpty() && (text.equals(wanted) || wanted.startsWith(text) && text.length() >= 20)) {
        return heading;
      }
    }
    // Old layouts set the headline in a link or a cell styled by hand: any element that holds
    // the title and nothing else is the headline.
    if (wanted.length() >= MIN_TITLE_CHARS) {
      for (Element element : page.body().getAllElements()) {
        if (element.text().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
          return element;
        }
      }
    }
    return null;
  }

  // A sentence under the headline is the standfirst or the article; its dates are its subject.
  // A byline's time ("... 2019 at 11:04 a.m.") ends with a full stop too.
  static boolean isSentence(String text) {
    return text.endsWith(".") && !CLOCK_END.matcher(text).find() && text.split("\\s+").length > 6;
  }

  // A photo's caption dates the photo ("... leaves PortMiami, on Aug. 31, 2019. (AP)").
  private static boolean isCaption(Element element) {
    return element.closest("figure, figcaption, [class*=caption], [class*=Caption]") != null;
  }

  /**
   * "01-08-2008" is 1 August or January 8 by the writer's country: better no date than a guess.
   * A weekday on the line can decide it ("Monday | 07/01/2008" is 7 January 2008, a Monday).
   */
  static boolean isAmbiguous(String text) {
    Matcher numeric = NUMERIC_DATE.matcher(text);
    DayOfWeek weekday = PublishedDates.weekday(text);
    while (numeric.find()) {
      int first = Integer.parseInt(numeric.group(1));
      int second = Integer.parseInt(numeric.group(3));
      String year = numeric.group(4).length() == 2 ? PublishedDates.century(numeric.group(4)) : numeric.group(4);
      if (first <= 12 && second <= 12 && first != second
          && PublishedDates.byWeekday(year, first, second, weekday) == null) {
        return true;
      }
    }
    return false;
  }
}
