package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  /**
   * The cluster key of each (one-line) organisation name.
   *
   * @param articlesByName how many articles use each name
   */
  static Map<String, String> clusters(Map<String, Integer> articlesByName) {
    // In alphabetical order, so that ties between expansions go the same way on every run.
    Iterable<String> names = new TreeMap<>(articlesByName).keySet();
    Map<String, Integer> articlesByKey = new HashMap<>();
    articlesByName.forEach((name, n) -> articlesByKey.merge(key(name), n, Integer::sum));
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
      String clear = clearest(expansions, articlesByKey);
      if (clear != null) {
        clusterOf.put(acronym, clear);
      }
    }
    return clusterOf;
  }

  // The expansion named in at least three quarters of the articles naming any of them, as for
  // surnames ("EC": European Community, not Export Council).
  private static String clearest(List<String> expansions, Map<String, Integer> articles) {
    String best = null;
    int total = 0;
    for (String e : expansions) {
      int n = articles.getOrDefault(e, 0);
      total += n;
      if (best == null || n > articles.getOrDefault(best, 0)) {
        best = e;
      }
    }
    return best != null && articles.getOrDefault(best, 0) >= PersonMerging.CLEAR_SHARE * total ? best : null;
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
