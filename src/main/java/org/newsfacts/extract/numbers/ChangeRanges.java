package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two figures of a change that read like a range: "fell by 13,000 to 217,000" is a fall of
 * 13,000 to a level of 217,000, and "will go up from £1.20 to £1.50" a rise from one level to
 * another; "could rise by 2 to 3 degrees" and "from 20 to 30 people" are ranges.
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
    if (last.equals("by")) {
      return high.compareTo(low.multiply(LEVEL_RATIO)) >= 0;
    }
    return last.equals("from") && ChangeMarkers.isTrend(before.subList(0, before.size() - 1));
  }
}
