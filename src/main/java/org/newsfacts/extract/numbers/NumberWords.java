package org.newsfacts.extract.numbers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The English words for numbers, fractions, ordinals and scales that news text uses. */
public final class NumberWords {
  private static final String[] UNITS =
      ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
              + "fourteen fifteen sixteen seventeen eighteen nineteen")
          .split(" ", -1);
  private static final String[] TENS =
      ("- - twenty thirty forty fifty sixty seventy eighty ninety").split(" ", -1);
  private static final String[] ORDINAL_UNITS =
      ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
              + "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
              + "nineteenth")
          .split(" ", -1);
  private static final String[] ORDINAL_TENS =
      ("- - twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
          .split(" ", -1);

  private static final Map<String, Integer> CARDINALS = new HashMap<>();
  private static final Map<String, Integer> ORDINALS = new HashMap<>();
  private static final Map<String, Integer> DENOMINATORS = new HashMap<>();
  private static final Map<String, BigDecimal> SCALES = new HashMap<>();

  /** Scale abbreviations that are also ordinary letters; trusted only glued or next to money. */
  private static final Set<String> LETTER_SCALES = Set.of("k", "m", "b", "bil", "mil");

  /** Words after a number that make it a percentage. */
  static final Set<String> PERCENT_WORDS = Set.of("pct", "percent", "percentage", "pc");

  static {
    for (int i = 0; i < UNITS.length; i++) {
      CARDINALS.put(UNITS[i], i);
      ORDINALS.put(ORDINAL_UNITS[i], i);
    }
    for (int i = 2; i < TENS.length; i++) {
      CARDINALS.put(TENS[i], i * 10);
      ORDINALS.put(ORDINAL_TENS[i], i * 10);
    }
    CARDINALS.put("nil", 0);
    CARDINALS.put("dozen", 12);
    DENOMINATORS.putAll(Map.of("half", 2, "halves", 2, "quarter", 4, "quarters", 4));
    for (int i = 3; i <= 10; i++) {
      DENOMINATORS.put(ORDINAL_UNITS[i], i);
      DENOMINATORS.put(ORDINAL_UNITS[i] + "s", i);
    }
    DENOMINATORS.put("thirds", 3);
    scale("1e2", "hundred");
    scale("1e3", "thousand", "k", "thou");
    scale("1e5", "lakh", "lakhs", "lac", "lacs");
    scale("1e6", "million", "mln", "mn", "m", "mil", "mio");
    scale("1e7", "crore", "crores", "cr");
    scale("1e9", "billion", "bln", "bn", "b", "bil");
    scale("1e12", "trillion", "tln", "tn", "trn");
  }

  private NumberWords() {}

  private static void scale(String value, String... words) {
    for (String word : words) {
      SCALES.put(word, new BigDecimal(value));
    }
  }

  /** "twenty" → 20; "dozen" → 12; null when the word is not a cardinal number. */
  static Integer cardinal(String word) {
    return CARDINALS.get(word);
  }

  /** "third" → 3; null when the word is not an ordinal. */
  static Integer ordinal(String word) {
    return ORDINALS.get(word);
  }

  /** "half" → 2, "thirds" → 3; null when the word cannot name a fraction. */
  static Integer denominator(String word) {
    return DENOMINATORS.get(word);
  }

  /** "mln" → 10^6; null when the word is not a scale. */
  static BigDecimal scale(String word) {
    return SCALES.get(word);
  }

  /** "m", "b", "k": scales only when written against the number ("40m") or with money. */
  static boolean isLetterScale(String word) {
    return LETTER_SCALES.contains(word);
  }

  /** Units and tens ("three", "twenty"), which "hundred" and fractions may follow. */
  static boolean isSmallCardinal(String word) {
    Integer value = CARDINALS.get(word);
    return value != null && value > 0 && value < 100 && !word.equals("dozen");
  }
}
