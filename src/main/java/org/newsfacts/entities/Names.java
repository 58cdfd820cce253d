package org.newsfacts.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How entity names are written on one line, split into words and compared. */
final class Names {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /** "Paul\nVolcker " → "Paul Volcker". */
  static String oneLine(String name) {
    return name == null ? "" : WHITESPACE.matcher(name).replaceAll(" ").strip();
  }

  /** The form names are compared in: lower case, no accents, periods or hyphens. */
  static String key(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll(" ").strip();
  }

  /** The words of a name's key: "Thabit al-Abbasi" → [thabit, al, abbasi]. */
  static List<String> words(String name) {
    String key = key(name);
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }

  /** A URL- and shell-friendly form for ids: "Ronald Reagan" → "ronald-reagan". */
  static String slug(String name) {
    String key = key(name).replace(' ', '-');
    return key.isEmpty() ? "unnamed" : key;
  }
}
