package org.newsfacts.extract.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How place names are compared and how lower-case gazetteer names are written for people. */
public final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’‘`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "of", "the", "and", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
          "la", "le", "les", "los", "las", "el", "en", "sur", "upon", "on", "am", "im", "an", "der",
          "den", "von", "van", "y", "e", "al", "bin", "ibn", "in", "au", "aux");

  private PlaceNames() {}

  /**
   * The form names are compared in: no accents, case, periods or apostrophes, one space between
   * words, no leading "the", "saint" as "st". "U.S.A." → "usa", "the Côte d’Ivoire" → "cote
   * divoire", "Guinea-Bissau" → "guinea bissau".
   */
  static String key(String name) {
    String ascii = asciiWords(name);
    String words = ascii != null ? ascii : normalise(name);
    // Every leading "the": "the The Colony" is The Colony, Texas.
    while (words.startsWith("the ")) {
      words = words.substring(4);
    }
    // "people 's" (the gazetteer's tokenised form) is "people's" is "peoples".
    return (" " + words + " ").replace(" saint ", " st ").replace(" s ", "s ").strip();
  }

  // The same as normalise() for plain ASCII, without its Unicode and regex work: nearly all of
  // the 54,000 gazetteer names are ASCII. Null for anything else.
  private static String asciiWords(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80 || c == '&') {
        return null;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (c != '.' && c != '\'' && c != '`') {
        space = true;
      }
    }
    return out.toString();
  }

  private static String normalise(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
    return SEPARATORS.matcher(DROPPED.matcher(lower).replaceAll("")).replaceAll(" ").strip();
  }

  /** A lower-case gazetteer name as a proper name: "rio de janeiro" → "Rio de Janeiro". */
  static String titleCase(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    boolean wordStart = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (wordStart && Character.isLetter(c)) {
        int end = wordEnd(lower, i);
        boolean small = i > 0 && SMALL_WORDS.contains(lower.substring(i, end));
        out.append(small ? c : Character.toTitleCase(c));
        wordStart = false;
      } else {
        out.append(c);
        wordStart = c == ' ' || c == '-' || c == '/' || c == '(';
      }
    }
    return out.toString();
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
