package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.extract.numbers.QuantityTokenizer.Kind;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/**
 * The pieces of a length of time written in several units, which the date stage reads as one
 * duration ("3 minutes 43.2 seconds" is PT3M43.2S, "seven years and four months" P7Y4M): as
 * quantities they are one each, the way "12 ft 2 in" is two.
 */
final class DurationParts {
  // What joins one piece to the next: "3 minutes 43.2 seconds", "seven years and four months".
  private static final Pattern JOINT = Pattern.compile("^[\\s,]*(?:and\\s+)?");

  /**
   * One piece: its value, its unit's canonical name and where its text starts and ends in the
   * written duration.
   */
  record Part(BigDecimal value, String unit, int start, int end) {}

  private DurationParts() {}

  /**
   * The numbered pieces of {@code written}, each a number and a unit of time ("an hour and 20
   * minutes" has one: "an hour" counts no more than "a year" does); empty when anything is left
   * over after the last unit ("a minute and a half" is one length, not pieces).
   */
  static List<Part> in(String written) {
    List<Part> parts = new ArrayList<>();
    int pieceStart = 0;
    for (Token token : QuantityTokenizer.tokenize(written)) {
      Optional<String> unit = token.kind() == Kind.WORD ? timeUnit(token.raw()) : Optional.empty();
      if (unit.isEmpty()) {
        continue;
      }
      Matcher joint = JOINT.matcher(written.substring(pieceStart, token.end()));
      int start = pieceStart + (joint.lookingAt() ? joint.end() : 0);
      String piece = written.substring(start, token.end());
      Optional<NormalizedQuantity> value =
          QuantityNormalizer.parse(piece).filter(q -> q.high() == null && q.currency() == null);
      if (value.isPresent() && startsWithNumber(piece)) {
        parts.add(new Part(value.get().value(), unit.get(), start, token.end()));
      }
      pieceStart = token.end();
    }
    boolean whole = written.substring(pieceStart).isBlank();
    return whole ? parts : List.of();
  }

  private static Optional<String> timeUnit(String word) {
    return UnitSpellings.of(word)
        .filter(name -> MeasureUnits.byName(name).map(u -> u.dimension().equals("time")).orElse(false));
  }

  // A digit or a number word: "a minute" is no piece of its own.
  private static boolean startsWithNumber(String piece) {
    String first = piece.split("[\\s-]+", 2)[0];
    return Character.isDigit(first.charAt(0)) || NumberWords.cardinal(first.toLowerCase(java.util.Locale.ROOT)) != null;
  }
}
