package org.newsfacts.extract.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.extract.places.CoreNlpPlaceList.Entry;

/**
 * Nationality adjectives and their countries. The CoreNLP gazetteer lists adjectives ("iraqi") but
 * not their countries, so the country is found by deriving adjectives from every name of every
 * country ("iraq" + "i", "canad" + "ian", "america" + "n") and keeping those the gazetteer
 * confirms; {@code nationalities.tsv} adds the irregular ones ("Dutch", "French").
 */
public final class Nationalities {
  private static final List<String> SUFFIXES =
      List.of("", "n", "an", "ian", "i", "ese", "ic", "ean");

  private Nationalities() {}

  /** Country by adjective key ("iraqi" → Iraq). */
  static Map<String, PlaceInfo> build(PlaceTable table, List<Entry> gazetteer) {
    Set<String> adjectives =
        gazetteer.stream()
            .filter(entry -> entry.type().equals("NATIONALITY"))
            .map(entry -> PlaceNames.key(entry.phrase()))
            .collect(Collectors.toSet());
    Map<String, PlaceInfo> countries = new HashMap<>();
    Map<String, Integer> baseLengths = new HashMap<>();
    table
        .entries()
        .forEach(
            (name, place) -> {
              if (place.subtype().equals(PlaceInfo.COUNTRY)) {
                derive(name, place, adjectives, countries, baseLengths);
              }
            });
    for (String[] row : CuratedPlaces.nationalities()) {
      PlaceInfo country = table.countryByIso(row[1]);
      if (country == null) {
        country = table.get(PlaceNames.key(row[1]));
      }
      if (country == null) {
        throw new IllegalStateException("nationalities.tsv: no country " + row[1]);
      }
      countries.put(PlaceNames.key(row[0]), country);
    }
    return Map.copyOf(countries);
  }

  // "nigerian" derives from both "niger" + "ian" and "nigeria" + "n": the longer name wins.
  private static void derive(
      String name,
      PlaceInfo country,
      Set<String> adjectives,
      Map<String, PlaceInfo> countries,
      Map<String, Integer> baseLengths) {
    for (String stem : stems(name)) {
      for (String suffix : SUFFIXES) {
        String adjective = stem + suffix;
        if (adjectives.contains(adjective)
            && baseLengths.getOrDefault(adjective, 0) < name.length()) {
          countries.put(adjective, country);
          baseLengths.put(adjective, name.length());
        }
      }
    }
  }

  // "canada" → "canada", "canad"; "germany" → "germany", "german" (which needs no suffix).
  private static List<String> stems(String name) {
    char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
    boolean vowel = "aeiouy".indexOf(last) >= 0 && name.length() > 3;
    return vowel ? List.of(name, name.substring(0, name.length() - 1)) : List.of(name);
  }
}
