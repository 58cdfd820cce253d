package org.newsfacts.extract.places;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsfacts.extract.places.CoreNlpPlaceList.Entry;
import org.newsfacts.extract.places.CuratedPlaces.Named;

/**
 * Every known place name, by {@link PlaceNames#key}. When two sources disagree the first wins:
 * curated files, then JDK countries, then the CoreNLP gazetteer's countries, states and cities, in
 * that order ("Lebanon" is the country, not the town in Pennsylvania).
 */
public final class PlaceTable {
  // Official long forms in the gazetteer ("republic of albania") that name a known country.
  // Ambiguous ones ("republic of korea", "republic of china") are in countries.tsv, which wins.
  private static final Pattern OFFICIAL_PREFIX =
      Pattern.compile(
          "^(?:(?:islamic|federal|democratic|people s|peoples|socialist|united|arab|federative|"
              + "hashemite|cooperative|plurinational|bolivarian|oriental)\\s+)*"
              + "(?:republic|kingdom|state|commonwealth|principality|grand duchy|sultanate|"
              + "emirate|federation|union)\\s+of\\s+(?:the\\s+)?");

  private final Map<String, PlaceInfo> byKey = new HashMap<>();
  private final Map<String, PlaceInfo> countriesByIso = new HashMap<>();
  private final Map<PlaceInfo, String> countryIsoOfPlace = new HashMap<>();

  private PlaceTable() {}

  static PlaceTable build(List<Entry> gazetteer) {
    PlaceTable table = new PlaceTable();
    CuratedPlaces.countries().forEach(table::addCurated);
    CuratedPlaces.regionsAndPlaces().forEach(table::addCurated);
    for (String type : List.of(PlaceInfo.COUNTRY, PlaceInfo.STATE_OR_PROVINCE, PlaceInfo.CITY)) {
      for (Entry entry : gazetteer) {
        if (entry.type().equals(type)) {
          table.addGazetteer(entry);
        }
      }
    }
    return table;
  }

  PlaceInfo get(String key) {
    return byKey.get(key);
  }

  PlaceInfo countryByIso(String iso) {
    return countriesByIso.get(iso);
  }

  /** The ISO code of the country a curated state or city is in, or {@code null}. */
  String countryIsoOf(PlaceInfo place) {
    return countryIsoOfPlace.get(place);
  }

  Map<String, PlaceInfo> entries() {
    return byKey;
  }

  Collection<PlaceInfo> places() {
    return byKey.values();
  }

  private void addCurated(Named named) {
    for (String name : named.names()) {
      String key = PlaceNames.key(name);
      PlaceInfo known = byKey.putIfAbsent(key, named.place());
      if (known != null && !known.equals(named.place())) {
        throw new IllegalStateException(
            "curated name \"" + name + "\" means both " + known + " and " + named.place());
      }
    }
    PlaceInfo place = named.place();
    if (place.subtype().equals(PlaceInfo.COUNTRY) && place.iso() != null) {
      countriesByIso.putIfAbsent(place.iso(), place);
    }
    if (named.countryIso() != null) {
      countryIsoOfPlace.put(place, named.countryIso());
    }
  }

  // Hyphenated duplicates ("sri-lanka") fall on the key of the spaced form, which comes first.
  // The gazetteer's 600 other country names are old, native or joke names ("cathay", "nippon",
  // "perfidious albion ...") and abbreviations ("ph", "mx") with no code to link them to; they
  // are left out rather than made countries without a code. countries.tsv keeps the useful ones.
  private void addGazetteer(Entry entry) {
    String key = PlaceNames.key(entry.phrase());
    if (key.isEmpty() || byKey.containsKey(key) || entry.phrase().contains(" or ")) {
      return;
    }
    if (entry.type().equals(PlaceInfo.COUNTRY)) {
      PlaceInfo official = byKey.get(OFFICIAL_PREFIX.matcher(key).replaceFirst(""));
      if (official != null && official.subtype().equals(PlaceInfo.COUNTRY)) {
        byKey.put(key, official);
      }
      return;
    }
    byKey.put(key, new PlaceInfo(PlaceNames.titleCase(entry.phrase()), entry.type(), null));
  }
}
