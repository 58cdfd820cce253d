package org.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsfacts.fact.QuantityFact;

/**
 * A figure that restates the one before it in another unit shares its change: in "fell $1.20, or
 * 1.5%, to $78.40" and "fell 2.3 per cent, or 412 points" both figures of the fall went down,
 * though the verb stands before the first only.
 */
final class Restatements {
  // Only the comma and "or" between the two figures: "rose 5%, or $10".
  private static final Pattern OR = Pattern.compile("\\s*,?\\s*or\\s*");

  private Restatements() {}

  /** {@code facts} (in text order), each exact restatement given the rise or fall it restates. */
  static List<QuantityFact> apply(List<QuantityFact> facts, String text) {
    List<QuantityFact> out = new ArrayList<>(facts);
    for (int i = 1; i < out.size(); i++) {
      QuantityFact before = out.get(i - 1);
      QuantityFact fact = out.get(i);
      boolean trend = before.change().equals("up") || before.change().equals("down");
      if (trend && fact.change().equals("=") && before.end() <= fact.start()
          && OR.matcher(text.substring(before.end(), fact.start())).matches()) {
        out.set(i, withChange(fact, before.change()));
      }
    }
    return out;
  }

  private static QuantityFact withChange(QuantityFact f, String change) {
    return new QuantityFact(
        f.value(), f.high(), f.unit(), f.dimension(), f.currency(), f.siValue(), change, f.text(),
        f.place(), f.date(), f.start(), f.end(), f.sentence());
  }
}
