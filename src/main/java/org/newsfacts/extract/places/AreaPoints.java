package org.newsfacts.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfacts.fact.GeoPoint;

/**
 * Representative points of areas: countries (the centre of their largest outline in Natural Earth,
 * {@code country-points.tsv}, else their capital), states and provinces ({@code admin1.tsv}: the
 * point it gives, else the middle of the box around the GeoNames places in them) and wider regions and former countries ({@code
 * region-points.tsv}).
 */
final class AreaPoints {
  private final Map<String, GeoPoint> countries = new HashMap<>();
  private final Map<String, GeoPoint> divisions = new HashMap<>();
  private final Map<String, GeoPoint> regions = new HashMap<>();
  private final GeoNamesTable places;
  // A country's places by division code, grouped once: a country has up to a hundred divisions
  // and thousands of places, and each division's point reads only its own.
  private final Map<String, Map<String, List<GeoNamesPlace>>> placesByDivision = new HashMap<>();

  AreaPoints(GeoNamesTable places) {
    this.places = places;
    for (String[] row : rows("country-points.tsv")) {
      countries.put(
          row[0], new GeoPoint(Double.parseDouble(row[1]), Double.parseDouble(row[2]), row[0], "iso3166:" + row[0]));
    }
    for (String[] row : rows("region-points.tsv")) {
      String country = row[3].equals("-") ? null : row[3];
      regions.put(
          PlaceNames.key(row[0]),
          new GeoPoint(Double.parseDouble(row[1]), Double.parseDouble(row[2]), country, "region:" + row[0]));
    }
    for (String[] row : rows("admin1.tsv")) {
      Optional<GeoPoint> point =
          row.length > 4 && !row[4].isBlank()
              ? Optional.of(givenPoint(row[1], row[2], row[4]))
              : divisionPoint(row[1], row[2]);
      point.ifPresent(
          p -> {
            List<String> names = new ArrayList<>(List.of(row[0]));
            if (row.length > 3 && !row[3].isBlank()) {
              names.addAll(List.of(row[3].split("\\|")));
            }
            names.forEach(name -> divisions.put(PlaceNames.key(name), p));
          });
    }
    placesByDivision.clear(); // needed only while the points are worked out
  }

  /** The point of a country by ISO code: its outline's centre, else its capital or largest place. */
  Optional<GeoPoint> country(String iso) {
    GeoPoint point = countries.get(iso);
    if (point != null) {
      return Optional.of(point);
    }
    return places.inCountry(iso).stream()
        .max(Comparator.comparing(GeoNamesPlace::isCapital).thenComparingLong(GeoNamesPlace::population))
        .map(p -> new GeoPoint(p.lat(), p.lon(), iso, "iso3166:" + iso));
  }

  /** A state or province by name ("Texas", "Ontario"). */
  Optional<GeoPoint> division(String name) {
    return Optional.ofNullable(divisions.get(PlaceNames.key(name)));
  }

  /** A region or former country by name ("Middle East", "Soviet Union"). */
  Optional<GeoPoint> region(String name) {
    return Optional.ofNullable(regions.get(PlaceNames.key(name)));
  }

  // A point admin1.tsv gives ("49.25 -84.5"): for provinces whose towns all lie at one end.
  private static GeoPoint givenPoint(String iso, String code, String latLon) {
    String[] f = latLon.strip().split("\\s+");
    return new GeoPoint(
        Double.parseDouble(f[0]), Double.parseDouble(f[1]), iso, "geonames-admin1:" + iso + "." + code);
  }

  // The middle of the box around the division's GeoNames places: the mean would lean towards
  // where people live (Western Australia's would be near Perth, 900 km from its centre). Places
  // of unknown population are left out where the division has others: the table holds villages
  // of Tibet under Hebei's code, which would put Hebei 1,100 km west of itself.
  private Optional<GeoPoint> divisionPoint(String iso, String code) {
    List<GeoNamesPlace> inDivision = divisionPlaces(iso).getOrDefault(code, List.of());
    boolean counted = inDivision.stream().anyMatch(p -> p.population() > 0);
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    int n = 0;
    for (GeoNamesPlace place : inDivision) {
      if (place.population() > 0 || !counted) {
        minLat = Math.min(minLat, place.lat());
        maxLat = Math.max(maxLat, place.lat());
        minLon = Math.min(minLon, place.lon());
        maxLon = Math.max(maxLon, place.lon());
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    double round = 100.0;
    return Optional.of(
        new GeoPoint(
            Math.round((minLat + maxLat) / 2 * round) / round,
            Math.round((minLon + maxLon) / 2 * round) / round,
            iso,
            "geonames-admin1:" + iso + "." + code));
  }

  private Map<String, List<GeoNamesPlace>> divisionPlaces(String iso) {
    return placesByDivision.computeIfAbsent(
        iso,
        country -> {
          Map<String, List<GeoNamesPlace>> byCode = new HashMap<>();
          for (GeoNamesPlace place : places.inCountry(country)) {
            byCode.computeIfAbsent(place.admin1(), c -> new ArrayList<>()).add(place);
          }
          return byCode;
        });
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = AreaPoints.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
