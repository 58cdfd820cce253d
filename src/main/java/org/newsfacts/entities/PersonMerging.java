package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which names of people are one person across the archive. Full names ("Ronald Reagan", "Paul A.
 * Volcker") group by first name and surname. A surname alone ("Reagan") joins the full name
 * when the archive gives one clear candidate: the full name with that surname named in at least
 * {@link #CLEAR_SHARE} of the articles naming any full name with it. A first name alone ("Joe") is
 * no person of its own and joins nobody. A lone word the archive uses more as an organisation
 * than as a person ("Reuter" beside the organisation "Reuters") is no person either.
 */
final class PersonMerging {
  /** Share of the candidates' articles the clear candidate must hold. */
  static final double CLEAR_SHARE = 0.75;

  // Particles that start a surname: "al-Abbasi" alone is a surname, not a first and last name.
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "bin", "ibn", "abu", "van", "von", "de", "del", "da", "di", "du", "le", "la", "mac", "o");

  // Forms of address left in a name ("Senator Dole"): not a first name.
  private static final Set<String> TITLES =
      Set.of("mr", "dr", "sir", "lord", "prof", "rev", "president",
          "sen", "senator", "gov", "governor", "rep", "gen", "general", "judge", "minister", "premier");

  // "Mrs Reagan" is not the Ronald Reagan the archive names in full: a surname after a woman's
  // form of address is a person of its own, joining nobody and no candidate for others.
  private static final Set<String> WOMENS_TITLES = Set.of("mrs", "ms", "miss", "lady", "dame", "madame");

  private PersonMerging() {}

  /** The words of a name without a leading form of address. */
  private static List<String> words(String name) {
    List<String> words = Names.words(name);
    int from = 0;
    while (from < words.size() - 1 && TITLES.contains(words.get(from))) {
      from++;
    }
    return words.subList(from, words.size());
  }

  /**
   * The cluster key of each name, or no entry for names that are no person.
   *
   * @param articlesByName how many articles use each (one-line) name
   * @param organisationArticles how many articles name each organisation, by {@link Names#key}
   */
  static Map<String, String> clusters(
      Map<String, Integer> articlesByName, Map<String, Integer> organisationArticles) {
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, Integer> fullClusterArticles = new HashMap<>();
    Map<String, List<String>> clustersBySurname = new HashMap<>();
    Map<String, Integer> firstNameArticles = new HashMap<>();
    List<String> lone = new ArrayList<>();
    // In alphabetical order: candidate lists, and so ties between them, come out the same way
    // whatever order the archive was read in.
    new TreeMap<>(articlesByName).forEach(
        (name, articles) -> {
          List<String> words = words(name);
          if (words.isEmpty()) {
            return;
          }
          if (words.size() == 2 && WOMENS_TITLES.contains(words.get(0))) {
            clusterOf.put(name, String.join(" ", words));
            return;
          }
          if (isSurnameOnly(words)) {
            lone.add(name);
            return;
          }
          String cluster = words.get(0) + " " + surname(words);
          clusterOf.put(name, cluster);
          if (fullClusterArticles.merge(cluster, articles, Integer::sum).equals(articles)) {
            clustersBySurname.computeIfAbsent(surname(words), k -> new ArrayList<>()).add(cluster);
          }
          firstNameArticles.merge(words.get(0), articles, Integer::sum);
        });
    for (String name : lone) {
      List<String> words = words(name);
      String surname = surname(words);
      List<String> candidates = clustersBySurname.getOrDefault(surname, List.of());
      int asSurname = candidates.stream().mapToInt(fullClusterArticles::get).sum();
      if (words.size() == 1 && firstNameArticles.getOrDefault(surname, 0) >= Math.max(1, asSurname)) {
        // The archive writes the word more as a first name ("Kim Dae-jung", "Kim Jong-un" beside
        // one "Andy Kim"): a first name alone is no person and joins nobody.
        continue;
      }
      String clear = clearCandidate(candidates, fullClusterArticles);
      if (clear != null) {
        clusterOf.put(name, clear);
      } else if (!candidates.isEmpty() || firstNameArticles.containsKey(surname)) {
        // An ambiguous surname or a first name: merged with nobody, and no person by itself.
        continue;
      } else if (!moreAnOrganisation(surname, articlesByName.get(name), organisationArticles)) {
        clusterOf.put(name, "lone " + surname);
      }
    }
    return clusterOf;
  }

  private static boolean isSurnameOnly(List<String> words) {
    return words.size() == 1 || (words.size() == 2 && PARTICLES.contains(words.get(0)));
  }

  /** The last word, which is where surnames are in the names news writes. */
  private static String surname(List<String> words) {
    return words.get(words.size() - 1);
  }

  private static String clearCandidate(List<String> candidates, Map<String, Integer> articles) {
    if (candidates.isEmpty()) {
      return null;
    }
    String best = null;
    int total = 0;
    // Candidates come in alphabetical order, so a tie goes the same way on every run.
    for (String candidate : candidates) {
      int n = articles.get(candidate);
      total += n;
      if (best == null || n > articles.get(best)) {
        best = candidate;
      }
    }
    return articles.get(best) >= CLEAR_SHARE * total ? best : null;
  }

  private static boolean moreAnOrganisation(
      String word, int personArticles, Map<String, Integer> organisationArticles) {
    int asOrganisation =
        Math.max(
            organisationArticles.getOrDefault(word, 0), organisationArticles.getOrDefault(word + "s", 0));
    return asOrganisation >= personArticles;
  }
}
