package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.QuantityFact;

/**
 * The inches of a length written in feet and inches, which news writes without the word inch or
 * with a short "in" that reads as a preposition: "the 6-foot-9 forward", "a 6ft 7in lock", "a
 * clearance of 12 ft 2 in". Each part is a quantity, as "6 feet 9 inches" is two (our news sets
 * annotate heights so); the inches take the qualifier of the feet ("about 6 ft 2 in").
 */
final class FeetAndInches {
  // Feet, then a number under twelve joined by a hyphen ("6-foot-9") or followed by "in",
  // "inches" or a double prime ("6ft 7in", "5' 11\"").
  private static final Pattern HEIGHT = Pattern.compile(
      "(?i)(?<![\\d.])\\d+(?:\\.\\d+)?\\s*-?\\s*(?:foot|feet|ft\\.?|['′])(?:(\\s*-\\s*)|\\s*)"
          + "(\\d{1,2}(?:\\.\\d+)?)(?![\\d.,]\\d)(\\s*(?:inch(?:es)?\\b|in\\b\\.?|[\"″]))?");
  private static final BigDecimal FOOT = BigDecimal.valueOf(12);

  private FeetAndInches() {}

  /**
   * {@code facts} (in text order) with a fact added for the inches after each length in feet
   * that has none yet; {@code offset} is where {@code sentence} starts in the text.
   */
  static List<QuantityFact> apply(List<QuantityFact> facts, String sentence, int offset) {
    List<QuantityFact> out = new ArrayList<>(facts);
    Matcher height = HEIGHT.matcher(sentence);
    while (height.find()) {
      boolean marked = height.group(1) != null || height.group(3) != null;
      BigDecimal inches = new BigDecimal(height.group(2));
      int start = offset + height.start(2);
      int end = offset + (height.group(3) != null ? height.end(3) : height.end(2));
      QuantityFact feet = feetAt(out, offset + height.start());
      if (!marked || inches.compareTo(FOOT) >= 0 || feet == null || isTaken(out, feet, start, end)) {
        continue;
      }
      QuantityUnit inch = QuantityUnit.named("inch").orElseThrow();
      out.add(new QuantityFact(
          inches, null, inch.name(), inch.dimension(), null, inch.toSi(inches), feet.change(),
          sentence.substring(start - offset, end - offset).strip(), feet.place(), feet.date(), start, end,
          feet.sentence()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  // The fact in feet whose number starts at {@code at}.
  private static QuantityFact feetAt(List<QuantityFact> facts, int at) {
    return facts.stream().filter(f -> "foot".equals(f.unit()) && f.start() <= at && at < f.end())
        .findFirst().orElse(null);
  }

  // Whether a fact other than the feet already reads the inches (a bare number may: it goes).
  private static boolean isTaken(List<QuantityFact> facts, QuantityFact feet, int start, int end) {
    facts.removeIf(f -> f != feet && f.unit() == null && f.start() < end && start < f.end());
    return facts.stream().anyMatch(f -> f != feet && f.start() < end && start < f.end());
  }
}
