package org.newsfacts.extract.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sentences shaped like newswire headlines and tables: all in capitals ("BASEBALL - MARLINS BEAT
 * REDS ."), or rows of figures with names and no lowercase word ("Bury 4 3 1 0 8 2 10").
 *
 * <p>The general-purpose 3-class model, trained mostly on mixed-case prose, reads the names in
 * such lines poorly (clubs as people, newspapers as places); CoreNLP's CoNLL model, trained on
 * Reuters wire copy with its capitalised headlines and results tables, reads them well.
 */
public final class WireShapes {
  private static final Pattern FIGURE = Pattern.compile("[\\d.,:/-]*\\d[\\d.,:/-]*");
  private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
  // Share of a row's tokens that must be figures for it to be a table row.
  private static final double TABLE_FIGURES = 0.4;

  private WireShapes() {}

  /** Whether the sentence is a capitalised headline or a row of a table of figures. */
  static boolean headlineOrTableRow(List<String> words) {
    return allCapitals(words) || tableRow(words);
  }

  static boolean allCapitals(List<String> words) {
    int letters = 0;
    for (String word : words) {
      if (HAS_LETTER.matcher(word).matches()) {
        if (!word.equals(word.toUpperCase(Locale.ROOT))) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0;
  }

  static boolean tableRow(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    int figures = 0;
    for (String word : words) {
      if (Character.isLowerCase(word.codePointAt(0))) {
        return false;
      }
      if (FIGURE.matcher(word).matches()) {
        figures++;
      }
    }
    return figures >= TABLE_FIGURES * words.size();
  }
}
