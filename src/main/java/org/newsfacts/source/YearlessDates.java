package org.newsfacts.source;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A date line that names the weekday, month and day but not the year ("on Tuesday July 24,
 * @12:06PM" on a story's {@code <time>}, Blogger's date header "Sunday, September 9"), dated by
 * the year the page's address gives ({@code /story/12/07/24/...}, {@code /2012/09/post.html}).
 * The address must agree on the month, and on the day where it gives one, and the weekday must
 * fall on the day so formed: three readings that have to agree, so a slug's number or another
 * year is never taken. Only the first such line is read (a story's date comes before its
 * comments'), and none in the comments, a masthead or a box named for another date.
 */
final class YearlessDates {
  /** {@code /2012/09/}: the year and month of a blog's archive path. */
  private static final Pattern YEAR_MONTH_PATH = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/");
  /** {@code /12/07/24/}: a two-digit year, month and day. */
  private static final Pattern SHORT_DATE_PATH = Pattern.compile("/(\\d\\d)/(\\d\\d)/(\\d\\d)/");
  private static final String CANDIDATES = "time, [itemprop=datePublished], [class], [id]";
  private static final Pattern DATE_ELEMENT_NAME = Pattern.compile("(?i)date|time|posted|publish");
  private static final int MAX_LINE_CHARS = 100;

  private YearlessDates() {}

  /** The date of the page's first yearless date line, in the year of its address; or null. */
  static String of(Document page, String url) {
    if (page.body() == null) {
      return null;
    }
    List<String> addresses = addresses(page, url);
    if (addresses.isEmpty()) {
      return null;
    }
    for (Element element : page.body().select(CssQueries.of(CANDIDATES))) {
      if (!element.is(CssQueries.of("time, [itemprop=datePublished]"))
          && !DATE_ELEMENT_NAME.matcher(element.className() + " " + element.id()).find()) {
        continue;
      }
      String text = element.text();
      if (text.isEmpty() || text.length() > MAX_LINE_CHARS) {
        continue;
      }
      PublishedDates.Yearless line = PublishedDates.yearless(text);
      if (line == null) {
        continue;
      }
      if (PageDates.namedForOtherDate(element) || LabelledDates.isInComments(element)) {
        return null;
      }
      for (String address : addresses) {
        String date = PageDates.plausible(inYearOf(line, address));
        if (date != null) {
          return date;
        }
      }
      return null;
    }
    return null;
  }

  private static List<String> addresses(Document page, String url) {
    List<String> addresses = new ArrayList<>();
    for (String address : new String[] {
        HtmlMetadata.firstAttr(page, "link[rel=canonical]", "href"),
        HtmlMetadata.firstAttr(page, "meta[property=og:url]", "content"), url}) {
      if (address != null && !address.isBlank()) {
        addresses.add(address);
      }
    }
    return addresses;
  }

  /** The line's day in the year {@code address} gives, when they agree; else null. */
  static String inYearOf(PublishedDates.Yearless line, String address) {
    Matcher shortDate = SHORT_DATE_PATH.matcher(address);
    while (shortDate.find()) {
      if (Integer.parseInt(shortDate.group(2)) == line.month()
          && Integer.parseInt(shortDate.group(3)) == line.day()) {
        String date = onWeekday(Integer.parseInt(PublishedDates.century(shortDate.group(1))), line);
        if (date != null) {
          return date;
        }
      }
    }
    Matcher yearMonth = YEAR_MONTH_PATH.matcher(address);
    while (yearMonth.find()) {
      if (Integer.parseInt(yearMonth.group(2)) == line.month()) {
        String date = onWeekday(Integer.parseInt(yearMonth.group(1)), line);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static String onWeekday(int year, PublishedDates.Yearless line) {
    try {
      LocalDate day = LocalDate.of(year, line.month(), line.day());
      DayOfWeek weekday = day.getDayOfWeek();
      return weekday == line.weekday() ? day.toString() : null;
    } catch (RuntimeException e) {
      return null; // 30 February
    }
  }
}
