package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every way an article refers to one person the same canonical name: the fullest form it
 * uses. "Abbasi" and "al-Abbasi" both become "Thabit al-Abbasi"; "Smith" becomes "Adam Smith"
 * unless the article names two different Smiths, in which case it stays as written.
 */
public final class PersonNames {
  private PersonNames() {}

  /** Maps each distinct name as written to its canonical form. */
  static Map<String, String> canonicalise(List<String> namesInTextOrder) {
    List<String> distinct = namesInTextOrder.stream().distinct().toList();
    // Longest names first, so a short form always finds the full one it abbreviates.
    List<String> byLength = new ArrayList<>(distinct);
    byLength.sort(Comparator.comparingInt((String n) -> words(n).length).reversed());
    Map<String, String> canonical = new HashMap<>();
    for (String name : distinct) {
      List<String> fuller =
          byLength.stream()
              .filter(other -> words(other).length > words(name).length && abbreviates(name, other))
              .toList();
      if (fuller.isEmpty()) {
        canonical.put(name, name);
        continue;
      }
      // One person when every fuller form is a form of the fullest ("Shia al-Sudani" of
      // "Mohammed Shia al-Sudani"); two people share the short form otherwise: leave it alone.
      String fullest = fuller.get(0);
      boolean onePerson = fuller.stream().allMatch(other -> abbreviates(other, fullest));
      canonical.put(name, onePerson ? fullest : name);
    }
    return canonical;
  }

  /** True when {@code shorter} can stand for {@code longer}: all its words appear in it. */
  static boolean abbreviates(String shorter, String longer) {
    List<String> long_ = Arrays.stream(words(longer)).map(PersonNames::bare).toList();
    return Arrays.stream(words(shorter)).map(PersonNames::bare).allMatch(long_::contains);
  }

  private static String[] words(String name) {
    return name.trim().split("\\s+");
  }

  /** "al-Abbasi" → "abbasi": Arabic articles and similar particles are not part of the match. */
  private static String bare(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
    return lower.replaceFirst("^(al|el|al|ad|as|ash|at|az|bin|ibn|abu|van|von|de|di|da|du|le|la)[-‑']", "");
  }
}
