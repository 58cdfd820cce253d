package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names of organisations are one organisation: the same words without a leading "the" and
 * a trailing legal form ("Chrysler Corp", "Chrysler Corporation", "Chrysler"), and an acronym
 * ("OPEC") with the one name in the archive whose initials it is ("Organization of Petroleum
 * Exporting Countries").
 */
final class OrganizationMerging {
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "corp", "corporation", "inc", "incorporated", "co", "company", "ltd", "limited", "plc",
          "llc", "ag", "sa", "nv", "spa", "bv", "ab", "cos", "cie", "gmbh", "bhd");
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "de", "du", "des", "in");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,7}");

  private OrganizationMerging() {}

  /** The cluster key of each (one-line) organisation name. */
  static Map<String, String> clusters(Iterable<String> names) {
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, List<String>> byInitials = new HashMap<>();
    List<String> acronyms = new ArrayList<>();
    for (String name : names) {
      String key = key(name);
      if (key.isEmpty()) {
        continue;
      }
      clusterOf.put(name, key);
      if (ACRONYM.matcher(name).matches()) {
        acronyms.add(name);
      } else {
        String initials = initials(key);
        if (initials.length() >= 2) {
          List<String> clusters = byInitials.computeIfAbsent(initials, k -> new ArrayList<>());
          if (!clusters.contains(key)) {
            clusters.add(key);
          }
        }
      }
    }
    for (String acronym : acronyms) {
      List<String> expansions = byInitials.getOrDefault(acronym.toLowerCase(java.util.Locale.ROOT), List.of());
      if (expansions.size() == 1) {
        clusterOf.put(acronym, expansions.get(0));
      }
    }
    return clusterOf;
  }

  /** The words that decide: no leading "the", no trailing legal form. */
  static String key(String name) {
    List<String> words = new ArrayList<>(Names.words(name));
    while (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  private static String initials(String key) {
    StringBuilder out = new StringBuilder();
    for (String word : key.split(" ")) {
      if (!SMALL_WORDS.contains(word) && !word.isEmpty()) {
        out.append(word.charAt(0));
      }
    }
    return out.toString();
  }
}
