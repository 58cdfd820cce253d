package org.newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The first half of the year", "the second half of 2024", "the last half of 1989": half a year,
 * which TimeML writes as the year with H1 or H2. SUTime reads only the year, or only "the year".
 * "The year" and "this year" are the year of publication, "last year" and "next year" the years
 * on either side of it.
 */
final class YearHalves {
  static final Pattern HALF =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?<half>first|second|last|latter)\\s+half\\s+of\\s+"
              + "(?:(?<which>the|this|last|next)\\s+year|(?:the\\s+)?(?<year>(?:19|20)\\d\\d))\\b(?!-)");

  private YearHalves() {}

  /** The value of a {@link #HALF} match, or {@code null} when the year is not known. */
  static String value(Matcher m, String docDate) {
    String half = m.group("half").toLowerCase(Locale.ROOT).equals("first") ? "H1" : "H2";
    if (m.group("year") != null) {
      return m.group("year") + "-" + half;
    }
    if (docDate == null || docDate.length() < 4) {
      return null;
    }
    int year = Integer.parseInt(docDate.substring(0, 4));
    switch (m.group("which").toLowerCase(Locale.ROOT)) {
      case "last":
        year--;
        break;
      case "next":
        year++;
        break;
      default:
        break;
    }
    return year + "-" + half;
  }
}
