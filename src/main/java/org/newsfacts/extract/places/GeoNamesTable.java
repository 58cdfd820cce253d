package org.newsfacts.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsfacts.extract.corenlp.DerivedLines;

/**
 * The GeoNames table of populated places with at least 1,000 people ("cities1000", geonames.org,
 * CC BY), trimmed by {@code dev/geodata.mjs} and shipped as a resource: about 138,000 places,
 * found by any of their names in the form {@link PlaceNames#key} compares.
 */
public final class GeoNamesTable {
  static final String RESOURCE = "geonames-cities.tsv.gz";

  private final Map<String, List<GeoNamesPlace>> byName;
  private final Map<String, List<GeoNamesPlace>> byCountry;

  GeoNamesTable(Collection<Row> rows) {
    this(rows, rows.stream().map(GeoNamesTable::keysOf).toList());
  }

  /** @param keys for each row, the keys of its names in order, tab-separated */
  private GeoNamesTable(Collection<Row> rows, List<String> keys) {
    Map<String, List<GeoNamesPlace>> names = new HashMap<>(rows.size() * 2);
    Map<String, List<GeoNamesPlace>> countries = new HashMap<>();
    int index = 0;
    for (Row row : rows) {
      for (String key : keys.get(index++).split("\t", -1)) {
        List<GeoNamesPlace> places = names.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!places.contains(row.place())) {
          places.add(row.place());
        }
      }
      countries.computeIfAbsent(row.place().country(), k -> new ArrayList<>()).add(row.place());
    }
    this.byName = names;
    this.byCountry = countries;
  }

  /**
   * One line of the table.
   *
   * @param place the place
   * @param names its name first, then its ASCII form and other names
   */
  record Row(GeoNamesPlace place, List<String> names) {}

  // Names to keys was half of reading the table at every start-up; keys contain no tab.
  private static String keysOf(Row row) {
    return String.join("\t", row.names().stream().map(PlaceNames::key).toList());
  }

  /**
   * The shipped table (a second or so to read, half that once the keys of its names are kept in
   * the build folder by {@link DerivedLines}); empty if the resource is missing.
   */
  static GeoNamesTable read() {
    List<Row> rows;
    try (InputStream in = GeoNamesTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      rows = parse(new GZIPInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    List<String> keys =
        DerivedLines.of(
            "geonames-keys",
            List.of(GeoNamesTable.class.getResource(RESOURCE)),
            () -> rows.stream().map(GeoNamesTable::keysOf).toList());
    return keys.size() == rows.size() ? new GeoNamesTable(rows, keys) : new GeoNamesTable(rows);
  }

  static List<Row> parse(InputStream in) throws IOException {
    List<Row> rows = new ArrayList<>(140_000);
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      GeoNamesPlace place =
          new GeoNamesPlace(
              Long.parseLong(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6],
              f[7], f[8], Long.parseLong(f[9]));
      List<String> names = new ArrayList<>(List.of(f[1]));
      if (!f[2].isEmpty()) {
        names.add(f[2]);
      }
      if (!f[3].isEmpty()) {
        names.addAll(List.of(f[3].split("\\|")));
      }
      rows.add(new Row(place, names));
    }
    return rows;
  }

  /** Every place called {@code name} (any spelling the table knows), or an empty list. */
  public List<GeoNamesPlace> named(String name) {
    return byName.getOrDefault(PlaceNames.key(name), List.of());
  }

  /** Every place in a country. */
  List<GeoNamesPlace> inCountry(String iso) {
    return byCountry.getOrDefault(iso, List.of());
  }
}
