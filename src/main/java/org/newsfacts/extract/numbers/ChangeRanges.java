package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Two figures of a change that read like a range: "fell by 13,000 to 217,000" and "rose $18.40
 * to $1,987" are a change to a level far above it, "will go up from £1.20 to £1.50" and "would
 * raise the retirement age from 62 to 64" a move from one level to another; "could rise by 2 to
 * 3 degrees", "rose 2 to 3 percent" and "from 20 to 30 people" are ranges.
 */
final class ChangeRanges {
  // A change by some amount to a level is far smaller than the level; a range's ends are close.
  private static final BigDecimal LEVEL_RATIO = BigDecimal.valueOf(5);

  private ChangeRanges() {}

  /**
   * Whether {@code low} to {@code high}, after the lower-case words {@code before} (nearest
   * last), are a change and the level it reached rather than a range.
   */
  static boolean isChange(List<String> before, BigDecimal low, BigDecimal high) {
    if (before.isEmpty() || low.signum() <= 0) {
      return false;
    }
    String last = before.get(before.size() - 1);
    boolean farApart = high.compareTo(low.multiply(LEVEL_RATIO)) >= 0;
    if (last.equals("by")) {
      return farApart;
    }
    if (last.equals("from")) {
      // the verb right before "from", or one with its object between, as before a "to": "raise
      // the retirement age from 62 to 64" reads as "raise the retirement age to"
      List<String> verb = before.subList(0, before.size() - 1);
      List<String> withTo = new ArrayList<>(verb);
      withTo.add("to");
      return ChangeMarkers.isTrend(verb) || ChangeMarkers.isTrend(withTo);
    }
    // "rose $18.40 to $1,987": a verb of change right before the first figure
    return farApart && ChangeMarkers.isTrend(before);
  }
}
