package org.newsfacts.extract.dates;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths told in more than one piece, which SUTime cuts to their first whole unit or splits:
 * "a minute and a half" (it says PT1M), "two and a half years" (PXY), "half an hour" (PT1H),
 * "30 minutes 21 seconds" and "40 minutes and 12.4 seconds" (two durations), "every 5.4 hours"
 * (PT5H). The whole length is one duration: PT1M30S, P2.5Y, PT30M, PT30M21S, PT40M12.4S, PT5.4H.
 */
public final class CompoundDurations {
  /** Units from the longest to the shortest; a length in several pieces names them in this order. */
  enum Unit {
    YEAR("Y", false), MONTH("M", false), WEEK("W", false), DAY("D", false),
    HOUR("H", true), MINUTE("M", true), SECOND("S", true);

    final String letter;
    final boolean clock;

    Unit(String letter, boolean clock) {
      this.letter = letter;
      this.clock = clock;
    }
  }

  private static final List<String> NUMBER_WORDS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final String NUMBER = "(?:\\d{1,4}(?:\\.\\d+)?|an?|" + String.join("|", NUMBER_WORDS) + ")";
  private static final String UNIT = "(?:year|month|week|day|hour|minute|second)s?";
  private static final String PIECE = NUMBER + "\\s+" + UNIT;
  private static final String LENGTH =
      "(?:half\\s+an?\\s+" + UNIT
          + "|" + NUMBER + "\\s+and\\s+a\\s+half\\s+" + UNIT
          + "|(?:an?|one)\\s+" + UNIT + "\\s+and\\s+a\\s+half"
          + "|" + PIECE + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)" + PIECE + ")+"
          + "|\\d{1,4}\\.\\d+\\s+" + UNIT + ")";

  /** A length in pieces, a half, or a decimal count. */
  static final Pattern LENGTHS = Pattern.compile("(?i)\\b" + LENGTH + "\\b(?!-)");
  /** The same, repeated: "every 5.4 hours". */
  static final Pattern EVERY = Pattern.compile("(?i)\\bevery\\s+" + LENGTH + "\\b(?!-)");

  private static final Pattern PIECES =
      Pattern.compile("(?i)(?<half>half\\s+)?(?<count>" + NUMBER + ")(?<andHalf>\\s+and\\s+a\\s+half)?\\s+"
          + "(?<unit>year|month|week|day|hour|minute|second)s?(?<unitHalf>\\s+and\\s+a\\s+half)?");

  private CompoundDurations() {}

  /** The TIMEX3 value of a {@link #LENGTHS} or {@link #EVERY} match, or {@code null} when it is none. */
  static String value(Matcher match) {
    Map<Unit, BigDecimal> amounts = new EnumMap<>(Unit.class);
    Unit last = null;
    Matcher piece = PIECES.matcher(match.group());
    while (piece.find()) {
      Unit unit = Unit.valueOf(piece.group("unit").toUpperCase(Locale.ROOT));
      if (last != null && unit.ordinal() <= last.ordinal()) {
        return null; // "two days, three weeks" is a list, not one length
      }
      BigDecimal amount = count(piece.group("count"));
      if (piece.group("half") != null) {
        amount = amount.multiply(new BigDecimal("0.5"));
      }
      if (piece.group("andHalf") != null || piece.group("unitHalf") != null) {
        amount = amount.add(new BigDecimal("0.5"));
      }
      amounts.put(unit, amount);
      last = unit;
    }
    return amounts.isEmpty() ? null : format(amounts);
  }

  private static BigDecimal count(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("a") || lower.equals("an")) {
      return BigDecimal.ONE;
    }
    int index = NUMBER_WORDS.indexOf(lower);
    return index >= 0 ? BigDecimal.valueOf(index + 1) : new BigDecimal(lower);
  }

  /** Half an hour or a minute is 30 of the next unit, as TimeML writes it; other fractions stay. */
  private static String format(Map<Unit, BigDecimal> amounts) {
    for (Unit unit : new Unit[] {Unit.HOUR, Unit.MINUTE}) {
      BigDecimal amount = amounts.get(unit);
      if (amount != null && amount.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0) {
        Unit smaller = Unit.values()[unit.ordinal() + 1];
        amounts.put(unit, amount.subtract(new BigDecimal("0.5")));
        amounts.merge(smaller, BigDecimal.valueOf(30), BigDecimal::add);
      }
    }
    StringBuilder out = new StringBuilder("P");
    boolean timePart = false;
    for (Map.Entry<Unit, BigDecimal> e : amounts.entrySet()) {
      if (e.getValue().signum() == 0) {
        continue;
      }
      if (e.getKey().clock && !timePart) {
        out.append('T');
        timePart = true;
      }
      out.append(e.getValue().stripTrailingZeros().toPlainString()).append(e.getKey().letter);
    }
    return out.length() > 1 ? out.toString() : null;
  }
}
