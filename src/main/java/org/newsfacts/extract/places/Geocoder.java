package org.newsfacts.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Puts an article's places on the map, offline. Countries, states and regions get their
 * representative point; a city name is resolved among the GeoNames places of that name by what
 * the article itself says — the countries and states it names (and the nationalities, "Japanese
 * officials"), the countries of its other places — and then by population: "Paris" is Paris,
 * France, unless the article is about Texas.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the tables once.
 */
public final class Geocoder {
  // Weights of the evidence for a candidate city, in units of log10(population). What the article
  // says of the country (naming it, its people, its other cities) counts at most COUNTRY_EVIDENCE:
  // nearly every American story names the United States, which makes Paris, Texas no likelier
  // than Paris, France, 250 times its size; naming Texas does.
  private static final double NAMED_COUNTRY = 2.0;
  private static final double NEARBY_PLACE_COUNTRY = 1.5;
  private static final double COUNTRY_EVIDENCE = 2.5;
  private static final double NAMED_DIVISION = 2.0;
  private static final double CURATED_COUNTRY = 6.0;
  private static final double CAPITAL = 1.0;
  private static final double DIVISION_SEAT = 0.5;
  private static final long SIZEABLE_CITY = 50_000;

  private final PlaceGazetteer gazetteer;
  private final GeoNamesTable places;
  private final AreaPoints areas;

  Geocoder(PlaceGazetteer gazetteer, GeoNamesTable places) {
    this.gazetteer = gazetteer;
    this.places = places;
    this.areas = new AreaPoints(places);
  }

  private static final class Standard {
    static final Geocoder INSTANCE = new Geocoder(PlaceGazetteer.standard(), GeoNamesTable.read());
  }

  /** The geocoder over the shipped tables; the first call loads them (about a second). */
  public static Geocoder standard() {
    return Standard.INSTANCE;
  }

  /**
   * The mentions with every LOCATION mention the tables resolve placed on the map ({@code lat},
   * {@code lon}, {@code country}, {@code gazetteerId}); other mentions unchanged.
   */
  public List<Mention> locate(List<Mention> mentions) {
    Map<String, List<Mention>> byPlace = new LinkedHashMap<>();
    List<Mention> sites = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention site = m.type() == MentionType.LOCATION && m.canonical() != null ? siteOf(m) : null;
      sites.add(site);
      if (site != null) {
        byPlace.computeIfAbsent(site.canonical(), k -> new ArrayList<>()).add(site);
      }
    }
    if (byPlace.isEmpty()) {
      return mentions;
    }
    ArticleContext context = new ArticleContext();
    Map<String, GeoPoint> resolved = new HashMap<>();
    byPlace.forEach((name, all) -> area(name, all.get(0)).ifPresent(p -> resolved.put(name, p)));
    List<String> nationalities = nationalities(mentions);
    Map<String, GeoPoint> named = Map.copyOf(resolved);
    resolved.replaceAll((name, point) -> stateRatherThanCountry(name, point, named, nationalities));
    resolved.values().forEach(context::addArea);
    // "Victoria" in an article about Australia is the state, not the cities of that name elsewhere.
    byPlace.forEach(
        (name, all) -> {
          if (!resolved.containsKey(name)) {
            stateInNamedCountry(name, context).ifPresent(p -> resolved.put(name, p));
          }
        });
    nationalities.forEach(context::addNationality);
    // Two rounds: the first picks each city on the areas the article names; the second also
    // counts the countries of the article's other cities ("Lyon" beside "Paris").
    Map<String, GeoNamesPlace> cities = new HashMap<>();
    for (int round = 0; round < 2; round++) {
      Map<String, GeoNamesPlace> picked = new HashMap<>();
      for (String name : byPlace.keySet()) {
        if (!resolved.containsKey(name)) {
          ArticleContext here = round == 0 ? context : context.withCitiesBut(name, cities);
          bestCity(name, byPlace.get(name), here).ifPresent(p -> picked.put(name, p));
        }
      }
      cities = picked;
    }
    cities.forEach((name, city) -> resolved.put(name, city.point()));
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      GeoPoint point = sites.get(i) == null ? null : resolved.get(sites.get(i).canonical());
      out.add(point == null ? m : m.located(point));
    }
    return out;
  }

  /**
   * What to put on the map for a place mention: the mention itself, or for a building ("Volgograd
   * Arena", "Mecca's Grand Mosque") the place its name starts with; {@code null} for a building
   * whose name names no place ("Grand Mosque") unless it is a landmark of its own ("White House").
   */
  private Mention siteOf(Mention m) {
    if (!FacilityNames.isFacility(m.canonical()) || areas.region(m.canonical()).isPresent()) {
      return m;
    }
    String site = FacilityNames.site(m.canonical()).orElse(null);
    if (site == null) {
      return null;
    }
    if (areas.region(site).isPresent()) {
      return new Mention(m.type(), m.start(), m.end(), site, null, site, PlaceInfo.REGION, null, null, m.sentence());
    }
    Optional<PlaceInfo> known = gazetteer.lookup(site);
    if (known.isPresent()) {
      PlaceInfo p = known.get();
      return new Mention(m.type(), m.start(), m.end(), site, null, p.canonical(), p.subtype(), p.iso(), null, m.sentence());
    }
    // A city the gazetteer's lists lack but GeoNames knows as a city of some size ("Nizhny Novgorod").
    boolean city = places.named(site).stream().anyMatch(p -> p.population() >= SIZEABLE_CITY);
    return city
        ? new Mention(m.type(), m.start(), m.end(), site, null, site, PlaceInfo.CITY, null, null, m.sentence())
        : null;
  }

  /** The countries of the nationalities the article uses ("Australian officials"). */
  private List<String> nationalities(List<Mention> mentions) {
    List<String> isos = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.MISC) {
        gazetteer.countryOfNationality(m.text())
            .flatMap(gazetteer::lookup)
            .map(PlaceInfo::iso)
            .ifPresent(isos::add);
      }
    }
    return isos;
  }

  /**
   * "Georgia" is a country and a state of the United States: the state when the article's other
   * countries, states and nationalities are more in the state's country than in the country.
   */
  private GeoPoint stateRatherThanCountry(
      String name, GeoPoint point, Map<String, GeoPoint> named, List<String> nationalities) {
    Optional<GeoPoint> state = areas.division(name);
    if (!point.gazetteerId().startsWith("iso3166:")
        || state.isEmpty()
        || state.get().country().equals(point.country())) {
      return point;
    }
    return evidenceFor(state.get().country(), name, named, nationalities)
            > evidenceFor(point.country(), name, named, nationalities)
        ? state.get()
        : point;
  }

  private static long evidenceFor(
      String iso, String name, Map<String, GeoPoint> named, List<String> nationalities) {
    long areasThere =
        named.entrySet().stream()
            .filter(e -> !e.getKey().equals(name) && iso.equals(e.getValue().country()))
            .count();
    return areasThere + nationalities.stream().filter(iso::equals).count();
  }

  /** A country, region or state: a place with one representative point. */
  private Optional<GeoPoint> area(String name, Mention first) {
    Optional<GeoPoint> region = areas.region(name);
    if (region.isPresent()) {
      return region;
    }
    if (PlaceInfo.COUNTRY.equals(first.subtype()) && first.iso() != null) {
      return areas.country(first.iso());
    }
    if (!PlaceInfo.CITY.equals(first.subtype())) {
      return areas.division(name);
    }
    return Optional.empty();
  }

  // A state of a country the article names, unless that country also has a sizeable city of the name
  // ("New York" stays the city).
  private Optional<GeoPoint> stateInNamedCountry(String name, ArticleContext context) {
    Optional<GeoPoint> state = areas.division(name);
    if (state.isEmpty() || !context.namesCountry(state.get().country())) {
      return Optional.empty();
    }
    boolean city =
        places.named(name).stream()
            .anyMatch(p -> p.country().equals(state.get().country()) && p.population() >= SIZEABLE_CITY);
    return city ? Optional.empty() : state;
  }

  private Optional<GeoNamesPlace> bestCity(String name, List<Mention> all, ArticleContext context) {
    List<GeoNamesPlace> candidates = new ArrayList<>(places.named(name));
    for (Mention m : all) {
      for (GeoNamesPlace p : places.named(m.text())) {
        if (!candidates.contains(p)) {
          candidates.add(p);
        }
      }
    }
    String curatedCountry = gazetteer.countryOf(name).map(PlaceInfo::iso).orElse(null);
    GeoNamesPlace best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GeoNamesPlace candidate : candidates) {
      double score = score(candidate, context, curatedCountry);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  static double score(GeoNamesPlace candidate, ArticleContext context, String curatedCountry) {
    double score = Math.log10(candidate.population() + 10.0);
    if (candidate.country().equals(curatedCountry)) {
      score += CURATED_COUNTRY;
    }
    double country = NEARBY_PLACE_COUNTRY * context.citiesIn(candidate.country());
    if (context.namesCountry(candidate.country())) {
      country += NAMED_COUNTRY;
    }
    score += Math.min(COUNTRY_EVIDENCE, country);
    if (context.namesDivision(candidate.country() + "." + candidate.admin1())) {
      score += NAMED_DIVISION;
    }
    if (candidate.isCapital()) {
      score += CAPITAL;
    } else if (candidate.isFirstLevelSeat()) {
      score += DIVISION_SEAT;
    }
    return score;
  }
}
