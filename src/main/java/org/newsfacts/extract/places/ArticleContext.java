package org.newsfacts.extract.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsfacts.fact.GeoPoint;

/** What an article says about where it is: the countries and states it names, its other cities. */
final class ArticleContext {
  private static final String ADMIN1 = "geonames-admin1:";

  private final Set<String> countries = new HashSet<>();
  private final Set<String> divisions = new HashSet<>();
  private final Map<String, Integer> cityCountries = new HashMap<>();

  void addArea(GeoPoint area) {
    if (area.country() != null) {
      countries.add(area.country());
    }
    if (area.gazetteerId().startsWith(ADMIN1)) {
      divisions.add(area.gazetteerId().substring(ADMIN1.length()));
    }
  }

  void addNationality(String iso) {
    countries.add(iso);
  }

  /** This context plus the countries of the cities picked for the other names. */
  ArticleContext withCitiesBut(String name, Map<String, GeoNamesPlace> cities) {
    ArticleContext more = new ArticleContext();
    more.countries.addAll(countries);
    more.divisions.addAll(divisions);
    cities.forEach(
        (other, city) -> {
          if (!other.equals(name)) {
            more.cityCountries.merge(city.country(), 1, Integer::sum);
          }
        });
    return more;
  }

  boolean namesCountry(String iso) {
    return countries.contains(iso);
  }

  /** {@code key} is "CC.admin1". */
  boolean namesDivision(String key) {
    return divisions.contains(key);
  }

  /** How many of the article's other cities are in the country (at most 2 count). */
  int citiesIn(String iso) {
    return Math.min(2, cityCountries.getOrDefault(iso, 0));
  }
}
