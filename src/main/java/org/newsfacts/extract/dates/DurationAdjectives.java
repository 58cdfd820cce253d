package org.newsfacts.extract.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adjectives that give a length of time and that SUTime does not read: "a decades-long dispute",
 * "a day-long meeting", "a several-year tenure". TimeML marks each as a duration, of one unit
 * ("P1D") when the unit is singular and of an unknown number of them ("PXW") when it is plural or
 * counted vaguely ("decades-long" is "PXY", some years). Ages ("a 22-year-old") are left alone.
 */
public final class DurationAdjectives {
  private static final String UNIT = "(?<unit>hour|day|week|month|year|decade|centur(?:y|ie))";
  /** "decades-long", "day-long", "several-year", "multi-year". */
  static final Pattern LENGTH =
      Pattern.compile(
          "(?i)\\b(?:" + UNIT + "(?<plural>s)?\\s*-\\s*long"
              + "|(?<vague>several|multi|many)\\s*-\\s*(?<vagueUnit>hour|day|week|month|year|decade))\\b(?!\\s*-)");

  private DurationAdjectives() {}

  /** The TIMEX3 value of a {@link #LENGTH} match. */
  static String value(Matcher m) {
    String unit = (m.group("vague") != null ? m.group("vagueUnit") : m.group("unit")).toLowerCase(Locale.ROOT);
    boolean unknownCount = m.group("vague") != null || m.group("plural") != null;
    String count = unknownCount ? "X" : "1";
    switch (unit) {
      case "hour":
        return "PT" + count + "H";
      case "decade": // "decades-long" is some years, as TimeML writes it; "decade-long" ten
        return unknownCount ? "PXY" : "P10Y";
      case "century":
      case "centurie":
        return unknownCount ? "PXC" : "P100Y";
      default:
        return "P" + count + unit.substring(0, 1).toUpperCase(Locale.ROOT);
    }
  }
}
