package org.newsfacts.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The order a page writes the day and month in, read from the language it declares ({@code <html
 * lang="de">}, {@code <meta http-equiv="Content-Language" content="en-us">}): "06.01.2008" on a
 * German page is 6 January, "Release: 01/10/2008" on a page in United States English is
 * January 10. Only a declaration that settles it counts: English of the United States writes
 * the month first; the European languages, and English of a country that is not in the
 * Americas, the day first. Plain "en" says nothing, and neither does a page that declares none:
 * its "01/08/2008" stays no date.
 */
enum DateOrder {
  MONTH_FIRST,
  DAY_FIRST,
  UNKNOWN;

  /** Languages whose writers put the day first, whatever the separator. */
  private static final Set<String> DAY_FIRST_LANGUAGES = Set.of(
      "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "nb", "nn", "no", "fi", "tr",
      "el", "cs", "sk", "ro", "uk", "bg", "hr", "sr", "sl", "ca", "id", "ms", "vi");
  /** English of countries that write the month first, or both ways. */
  private static final Set<String> NOT_DAY_FIRST_ENGLISH = Set.of("us", "ca", "ph", "um", "as", "gu", "pr");
  private static final Pattern TAG = Pattern.compile("(?i)\\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\\b.*");

  /** The order the page's declared language writes dates in. */
  static DateOrder of(Document page) {
    Element html = page.selectFirst(CssQueries.of("html"));
    DateOrder order = html == null ? UNKNOWN : ofTag(html.attr("lang"));
    if (order == UNKNOWN && html != null) {
      order = ofTag(html.attr("xml:lang"));
    }
    if (order == UNKNOWN) {
      order = ofTag(HtmlMetadata.firstAttr(page, "meta[http-equiv=content-language]", "content"));
    }
    return order;
  }

  /** The order of a language tag ("en-US", "de", "en_GB"). */
  static DateOrder ofTag(String tag) {
    if (tag == null) {
      return UNKNOWN;
    }
    Matcher m = TAG.matcher(tag);
    if (!m.matches()) {
      return UNKNOWN;
    }
    String language = m.group(1).toLowerCase(Locale.ROOT);
    String region = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    if (language.equals("en")) {
      if (region == null) {
        return UNKNOWN;
      }
      return region.equals("us") ? MONTH_FIRST : NOT_DAY_FIRST_ENGLISH.contains(region) ? UNKNOWN : DAY_FIRST;
    }
    return DAY_FIRST_LANGUAGES.contains(language) && !"us".equals(region) ? DAY_FIRST : UNKNOWN;
  }

  /**
   * {@code line} with each numeric date whose day and month could be either way round written
   * as an ISO date in this order ("Release: 2008-01-10"); unchanged when the order is unknown.
   */
  String resolve(String line) {
    if (this == UNKNOWN || line == null) {
      return line;
    }
    Matcher m = HeadlineDates.NUMERIC_DATE.matcher(line);
    StringBuilder resolved = new StringBuilder();
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      String year = m.group(4).length() == 2 ? PublishedDates.century(m.group(4)) : m.group(4);
      String iso = m.group();
      String named = PublishedDates.byWeekday(year, first, second, PublishedDates.weekday(line));
      if (named != null) {
        iso = named; // "Monday | 07/01/2008": the weekday has decided it already
      } else if (first <= 12 && second <= 12 && first != second) {
        int month = this == MONTH_FIRST ? first : second;
        int day = this == MONTH_FIRST ? second : first;
        iso = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
      }
      m.appendReplacement(resolved, Matcher.quoteReplacement(iso));
    }
    m.appendTail(resolved);
    return resolved.toString();
  }
}
