package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.extract.numbers.QuantityTokenizer.Kind;
import org.newsfacts.extract.numbers.QuantityTokenizer.Token;

/**
 * Reads one number from a cursor: digits ("2,500"), words ("two hundred and fifty thousand"),
 * fractions ("3 1/2", "7-1/4", "two-thirds", "half a million") and scales ("5.93 mln", "1.2
 * billion", "16,189-crore"). Adds words up as they come: units and tens add, "hundred" multiplies
 * what came before, a scale closes a group ("two hundred fifty | thousand").
 */
public final class NumberReader {
  // Thirds never end: keep 16 significant digits, as a double would.
  private static final MathContext DIVISION = MathContext.DECIMAL64;
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> SCALES_ALONE =
      Set.of("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore");

  /**
   * @param value the number read
   * @param scaled whether a scale word ("mln", "thousand") was part of it
   */
  record Reading(BigDecimal value, boolean scaled) {}

  // Words after "200m" that make it metres: how far, how big, or a race over that distance.
  private static final Set<String> METRE_WORDS =
      Set.of(
          ("tall high long deep wide thick away above below across race final sprint hurdles "
                  + "freestyle butterfly backstroke breaststroke medley relay dash world record")
              .split(" "));
  private static final Set<String> POWERS = Set.of("2", "3", "²", "³");

  private final TokenCursor cursor;
  private final boolean money;
  private BigDecimal total = BigDecimal.ZERO;
  private BigDecimal current;
  private BigDecimal lastScale;
  private Integer lastUnit;
  private boolean any;
  private boolean digits;
  private boolean done;

  private NumberReader(TokenCursor cursor, boolean money) {
    this.cursor = cursor;
    this.money = money;
  }

  /**
   * Reads a number with its scale words.
   *
   * @param money whether a currency came first, which makes "m" and "b" scales ("$40 m")
   */
  static Optional<Reading> read(TokenCursor cursor, boolean money) {
    return new NumberReader(cursor, money).read(true);
  }

  /** Reads a number without scale words: the second number of a range ("5 to 10 mln"). */
  static Optional<BigDecimal> readUnscaled(TokenCursor cursor) {
    return new NumberReader(cursor, false).read(false).map(Reading::value);
  }

  /** Multiplies {@code value} by the scale words at the cursor ("mln" after "5-10"). */
  static BigDecimal applyScales(TokenCursor cursor, BigDecimal value, boolean money) {
    BigDecimal scaled = value;
    // Two at most ("5-10 thousand million"): a run of a thousand "million"s is no number.
    for (int count = 0; count < 2 && !cursor.atEnd(); count++) {
      int dash = cursor.isDashAt(0) ? 1 : 0;
      Token token = cursor.peek(dash);
      BigDecimal scale = token == null ? null : scaleOf(token, money);
      if (scale == null) {
        break;
      }
      scaled = scaled.multiply(scale);
      cursor.advance(dash + 1);
    }
    return scaled;
  }

  private Optional<Reading> read(boolean withScales) {
    while (!done && !cursor.atEnd()) {
      Token token = cursor.current();
      if (token.kind() == Kind.NUMBER) {
        digits(token);
      } else if (token.kind() == Kind.FRACTION) {
        fraction(token);
      } else if (token.kind() == Kind.SYMBOL) {
        dash();
      } else {
        word(token, withScales);
      }
    }
    if (!any) {
      return Optional.empty();
    }
    BigDecimal value = current == null ? total : total.add(current);
    return Optional.of(new Reading(value, lastScale != null));
  }

  private void digits(Token token) {
    if (any) {
      done = true;
      return;
    }
    current = new BigDecimal(token.text());
    any = true;
    digits = true;
    cursor.advance(1);
    Token next = cursor.current();
    if (next != null && next.glued() && ORDINAL_SUFFIXES.contains(next.text())) {
      cursor.advance(1);
      done = true;
    }
  }

  // "1/2" alone, or after whole digits ("3 1/2", "7-1/4"); "1/0" is not a number.
  private void fraction(Token token) {
    boolean mixed = digits && lastScale == null && current.scale() <= 0;
    String[] parts = token.text().split("/");
    BigDecimal denominator = new BigDecimal(parts[1]);
    // "1986/87" is a season and "24/7" a phrase: a fraction's numerator is the smaller number.
    boolean proper = new BigDecimal(parts[0]).compareTo(denominator) < 0;
    if ((any && !mixed) || denominator.signum() == 0 || !proper) {
      done = true;
      return;
    }
    BigDecimal value = new BigDecimal(parts[0]).divide(denominator, DIVISION);
    current = current == null ? value : current.add(value);
    any = true;
    digits = false;
    cursor.advance(1);
  }

  // "3-1/2", "twenty-five", "one-third", "16,189-crore"; any other dash ends the number.
  private void dash() {
    Token next = cursor.peek(1);
    boolean joins =
        cursor.isDashAt(0) && any && next != null && next.glued() && joinsAfterDash(next);
    if (joins) {
      cursor.advance(1);
    } else {
      done = true;
    }
  }

  private boolean joinsAfterDash(Token next) {
    if (next.kind() == Kind.FRACTION) {
      return digits;
    }
    if (next.kind() != Kind.WORD) {
      return false;
    }
    boolean numberWord =
        NumberWords.cardinal(next.text()) != null || NumberWords.denominator(next.text()) != null;
    return (!digits && numberWord) || scaleOf(next, money) != null;
  }

  private void word(Token token, boolean withScales) {
    String word = token.text();
    if (NumberWords.cardinal(word) != null) {
      cardinal(word);
    } else if (word.equals("hundred")) {
      current = (current == null ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
      lastUnit = null;
      any = true;
      cursor.advance(1);
    } else if (withScales
        && scaleOf(token, money) != null
        && (any || SCALES_ALONE.contains(word))
        && !isMetre(token)) {
      scale(NumberWords.scale(word));
    } else if (NumberWords.denominator(word) != null && fractionWord(word)) {
      cursor.advance(1);
    } else if (NumberWords.ordinal(word) != null && !digits) {
      current = add(current, BigDecimal.valueOf(NumberWords.ordinal(word)));
      any = true;
      cursor.advance(1);
      done = true;
    } else if (word.equals("a") || word.equals("an")) {
      article();
    } else if (word.equals("and") && andContinues()) {
      cursor.advance(1);
    } else {
      done = true;
    }
  }

  /**
   * "1.8m tall", "the 200m final", "500m2": a glued "m" with no money before it is the metre,
   * not a million, when a word of extent or a race follows it, or a power ("m2", "m³").
   */
  private boolean isMetre(Token token) {
    if (money || !token.glued() || !token.raw().equals("m")) {
      return false;
    }
    Token next = cursor.peek(1);
    if (next != null && next.glued() && POWERS.contains(next.text())) {
      return true;
    }
    Token word = cursor.isDashAt(1) ? cursor.peek(2) : next;
    return word != null && word.kind() == Kind.WORD && (METRE_WORDS.contains(word.text()) || isRaceTime(word));
  }

  // "ran the 100m in 9.91 seconds": the time a race over that distance took.
  private boolean isRaceTime(Token word) {
    Token time = cursor.peek(2);
    Token unit = cursor.peek(3);
    return word.text().equals("in") && time != null && time.kind() == Kind.NUMBER && unit != null
        && unit.kind() == Kind.WORD && UnitSpellings.of(unit.text()).filter("second"::equals).isPresent();
  }

  private void cardinal(String word) {
    if (digits) {
      done = true;
      return;
    }
    int value = NumberWords.cardinal(word);
    if (word.equals("dozen")) {
      current = (current == null ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(12));
      lastUnit = null;
    } else {
      current = add(current, BigDecimal.valueOf(value));
      lastUnit = value > 0 && value < 10 ? value : null;
    }
    any = true;
    cursor.advance(1);
  }

  // "thousand million" multiplies what is already there; "two thousand" closes a group.
  private void scale(BigDecimal scale) {
    if (current == null && lastScale != null && scale.compareTo(lastScale) > 0) {
      total = total.multiply(scale);
    } else {
      total = total.add((current == null ? BigDecimal.ONE : current).multiply(scale));
    }
    current = null;
    lastScale = scale;
    lastUnit = null;
    any = true;
    cursor.advance(1);
  }

  // "a third", "two-thirds", "one and a half", "half"; "third" alone is an ordinal.
  private boolean fractionWord(String word) {
    BigDecimal denominator = BigDecimal.valueOf(NumberWords.denominator(word));
    if (lastUnit != null) {
      BigDecimal unit = BigDecimal.valueOf(lastUnit);
      current = current.subtract(unit).add(unit.divide(denominator, DIVISION));
      lastUnit = null;
      any = true;
      return true;
    }
    boolean ordinal = NumberWords.ordinal(word) != null && !word.endsWith("s");
    if (any || ordinal) {
      return false;
    }
    current = BigDecimal.ONE.divide(denominator, DIVISION);
    any = true;
    return true;
  }

  // "a million", "a third", "half a million"; "a" alone is no number.
  private void article() {
    Token next = cursor.peek(1);
    String word = next == null || next.kind() != Kind.WORD ? "" : next.text();
    boolean counts =
        SCALES_ALONE.contains(word)
            || word.equals("dozen")
            || NumberWords.denominator(word) != null;
    if (!counts || digits) {
      done = true;
      return;
    }
    if (current == null || lastUnit != null || NumberWords.denominator(word) != null) {
      current = add(current, BigDecimal.ONE);
      lastUnit = 1;
    }
    cursor.advance(1);
  }

  // "two hundred and fifty", "one and a half"; "five and ten" is a range, not fifteen.
  private boolean andContinues() {
    if (!any) {
      return false;
    }
    boolean half =
        cursor.isAt(1, "a")
            && cursor.isWordAt(2)
            && NumberWords.denominator(cursor.peek(2).text()) != null;
    boolean large = current != null && current.compareTo(BigDecimal.valueOf(100)) >= 0;
    boolean nextCardinal =
        cursor.isWordAt(1) && NumberWords.cardinal(cursor.peek(1).text()) != null;
    return half || (!digits && nextCardinal && (large || total.signum() != 0));
  }

  private static BigDecimal scaleOf(Token token, boolean money) {
    if (token.kind() != Kind.WORD) {
      return null;
    }
    BigDecimal scale = NumberWords.scale(token.text());
    boolean trusted = !NumberWords.isLetterScale(token.text()) || token.glued() || money;
    return trusted && !token.is("hundred") ? scale : null;
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null ? b : a.add(b);
  }
}
