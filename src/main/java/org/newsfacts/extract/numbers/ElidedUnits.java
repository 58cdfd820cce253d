package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.fact.QuantityFact;

/**
 * A bare figure joined to the next by "from", "to", "and", "or" (an alternative near it, not a
 * restatement) or "versus" shares the unit written after that one only: "rose to 5.2 from 4.8 pct" is 5.2 percent, "will drop from 70 to
 * 60 miles per hour" 70 mile per hour. Only percentages and units of measure: a count may count
 * something else than the figure beside it ("rose to 43,000 from 41,000 jobs" is rare, "passed
 * 218 to 214 votes" a tally), and the scale of money would be elided with its currency ("5.2 from
 * 4.8 billion dlrs").
 */
final class ElidedUnits {
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
  private static final Set<String> JOINERS = Set.of("from", "to", "and", "or", "versus", "vs", "vs.", "against");

  private ElidedUnits() {}

  /** {@code facts} (in text order), each bare figure given the unit of the one it is joined to. */
  static List<QuantityFact> apply(List<QuantityFact> facts, String text) {
    List<QuantityFact> out = new ArrayList<>(facts);
    for (int i = 0; i + 1 < out.size(); i++) {
      QuantityFact bare = out.get(i);
      QuantityFact next = out.get(i + 1);
      if (bare.unit() != null || bare.dimension() != null || bare.high() != null || bare.end() > next.start()
          || !sharesUnit(next)) {
        continue;
      }
      // the tagger may take the joiner with the second number: "to 60" of "from 70 to 60"
      String between = (text.substring(bare.end(), next.start()) + " " + leadingWords(next.text()))
          .strip().toLowerCase(Locale.ROOT);
      boolean alternative = !between.equals("or") || isNear(bare, next);
      if (isWrittenInDigits(bare) && isWrittenInDigits(next) && JOINERS.contains(between) && alternative) {
        QuantityUnit unit = QuantityUnit.named(next.unit()).orElseThrow();
        out.set(i, new QuantityFact(
            bare.value(), null, unit.name(), unit.dimension(), null, unit.toSi(bare.value()), bare.change(),
            bare.text(), bare.place(), bare.date(), bare.start(), bare.end(), bare.sentence()));
      }
    }
    return out;
  }

  // "12 or 13 minutes", "2.6 or 2.7 per cent" are alternatives; "from 205,000 or 13.9 pct" restates
  // a count as a share, whose unit is not the count's.
  private static boolean isNear(QuantityFact bare, QuantityFact next) {
    BigDecimal low = bare.value().min(next.value());
    BigDecimal high = bare.value().max(next.value());
    return low.signum() > 0 && high.compareTo(low.multiply(BigDecimal.valueOf(2))) <= 0;
  }

  // What a mention's text has before its number: "to " of "to 60".
  private static String leadingWords(String written) {
    int digit = 0;
    while (digit < written.length() && !Character.isDigit(written.charAt(digit))) {
      digit++;
    }
    return written.substring(0, digit);
  }

  // Written in digits, whose value they are: not "a third" (a share), nor "26 million" (whose
  // scale the bare figure before it would lack).
  private static boolean isWrittenInDigits(QuantityFact f) {
    Matcher digits = DIGITS.matcher(f.text());
    return digits.find() && digits.start() == leadingWords(f.text()).length()
        && new BigDecimal(digits.group().replace(",", "")).compareTo(f.value()) == 0;
  }

  // A percentage or a unit of measure, written right after the figure's number.
  private static boolean sharesUnit(QuantityFact f) {
    if (f.unit() == null || f.currency() != null || QuantityUnit.COUNT.equals(f.dimension())
        || QuantityUnit.CURRENCY.equals(f.dimension())) {
      return false;
    }
    return QuantityUnit.named(f.unit()).isPresent();
  }
}
