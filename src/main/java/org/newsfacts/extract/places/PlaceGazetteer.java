package org.newsfacts.extract.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfacts.extract.places.CoreNlpPlaceList.Entry;

/**
 * Canonical names, types and ISO codes of places: "U.S.", "USA", "America" and "the United States"
 * are all ("United States", COUNTRY, "US"); "Baghdad" is a CITY, "Kurdistan" a REGION.
 *
 * <p>Built from real lists: the JDK's ISO 3166 countries, the KBP gazetteer in the CoreNLP models
 * jar (read from the classpath as data, some 42,000 names of countries, states and cities), and
 * small curated files next to this class for aliases, historical countries, regions and the few
 * names news uses differently from the gazetteer. Names are matched ignoring case, accents, periods
 * and a leading "the". Immutable and thread-safe; {@link #standard()} loads once, on first use.
 */
public final class PlaceGazetteer {
  private final PlaceTable table;
  private final Map<String, PlaceInfo> nationalities;

  private PlaceGazetteer(List<Entry> gazetteer) {
    this.table = PlaceTable.build(gazetteer);
    this.nationalities = Nationalities.build(table, gazetteer);
  }

  // Lazy holder: the JVM loads the lists once, on the first call, without locking later calls.
  private static final class Standard {
    static final PlaceGazetteer INSTANCE = new PlaceGazetteer(CoreNlpPlaceList.read());
  }

  /** The gazetteer with every source; the first call loads it (well under a second). */
  public static PlaceGazetteer standard() {
    return Standard.INSTANCE;
  }

  /** A gazetteer from the curated files and the JDK only, without CoreNLP's lists. */
  static PlaceGazetteer withoutCoreNlp() {
    return new PlaceGazetteer(List.of());
  }

  /** What {@code name} refers to, or empty for names it does not know (and for {@code null}). */
  public Optional<PlaceInfo> lookup(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(table.get(PlaceNames.key(name)));
  }

  /**
   * The canonical name of the country a nationality adjective or demonym refers to: "Iraqi" →
   * "Iraq", "American" → "United States", "Dutch" → "Netherlands", "Britons" → "United Kingdom".
   */
  public Optional<String> countryOfNationality(String adjective) {
    if (adjective == null) {
      return Optional.empty();
    }
    String key = PlaceNames.key(adjective);
    PlaceInfo country = nationalities.get(key);
    if (country == null && key.endsWith("s")) {
      country = nationalities.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(country).map(PlaceInfo::canonical);
  }

  /**
   * The country a place is in, where known: a country itself, or a curated state or city
   * ("California", "Ontario", "New York"). Empty for places from CoreNLP's city list, which does
   * not say where its cities are.
   */
  public Optional<PlaceInfo> countryOf(String name) {
    Optional<PlaceInfo> place = lookup(name);
    if (place.isPresent() && PlaceInfo.COUNTRY.equals(place.get().subtype())) {
      return place;
    }
    return place.map(table::countryIsoOf).map(table::countryByIso);
  }

  /** How many distinct names it knows. */
  public int size() {
    return table.entries().size();
  }

  /** Every place it knows, for tests that check all of them. */
  java.util.Collection<PlaceInfo> places() {
    return table.places();
  }
}
