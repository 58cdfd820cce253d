package org.newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The first half of the year", "the second half of 2024", "the last half of 1989": half a year,
 * which TimeML writes as the year with H1 or H2. SUTime reads only the year, or only "the year".
 * "This year" is the year of publication, "last year" and "next year" the years on either side of
 * it; "the year" is the last year its sentence named before it ("profit fell in 2018 as sales
 * slumped in the second half of the year") or else the year of publication.
 */
final class YearHalves {
  static final Pattern HALF =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?<half>first|second|last|latter)\\s+half\\s+of\\s+"
              + "(?:(?<which>the|this|last|next)\\s+year|(?:the\\s+)?(?<year>(?:19|20)\\d\\d))\\b(?!-)");

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  private YearHalves() {}

  /**
   * The value of a {@link #HALF} match found in {@code text} within the region of its sentence, or
   * {@code null} when the year is not known.
   */
  static String value(Matcher m, String text, String docDate) {
    String half = m.group("half").toLowerCase(Locale.ROOT).equals("first") ? "H1" : "H2";
    if (m.group("year") != null) {
      return m.group("year") + "-" + half;
    }
    String which = m.group("which").toLowerCase(Locale.ROOT);
    if (which.equals("the")) {
      Matcher named = YEAR.matcher(text).region(m.regionStart(), m.start());
      String last = null;
      while (named.find()) {
        last = named.group();
      }
      if (last != null) {
        return last + "-" + half;
      }
    }
    if (docDate == null || docDate.length() < 4) {
      return null;
    }
    int year = Integer.parseInt(docDate.substring(0, 4));
    switch (which) {
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
