package org.newsfacts.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The place lists this package ships: countries from the JDK (ISO 3166-1 codes and English names)
 * completed by {@code countries.tsv}, and {@code regions.tsv}, {@code places.tsv} and {@code
 * nationalities.tsv}. Every file is tab-separated, "#" starts a comment line, and "|" separates
 * alternative names.
 */
public final class CuratedPlaces {
  private static final String NONE = "-";

  /**
   * A place with all the names it goes by.
   *
   * @param place what the names mean
   * @param names canonical name first, then the other names
   * @param countryIso the ISO code of the country the place is in, or {@code null}
   */
  record Named(PlaceInfo place, List<String> names, String countryIso) {}

  private CuratedPlaces() {}

  /** Countries: those of {@code countries.tsv} first, then every other country of the JDK. */
  static List<Named> countries() {
    List<Named> countries = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (String[] row : rows("countries.tsv")) {
      String iso = row[0].equals(NONE) ? null : row[0];
      String jdkName = iso == null ? null : jdkName(iso);
      String canonical = row[1].equals(NONE) ? jdkName : row[1];
      List<String> names = new ArrayList<>(List.of(canonical));
      names.addAll(alternatives(row, 2));
      if (jdkName != null && !jdkName.equals(canonical) && !jdkName.equals(iso)) {
        names.add(jdkName);
      }
      countries.add(new Named(new PlaceInfo(canonical, PlaceInfo.COUNTRY, iso), names, iso));
      listed.add(iso);
    }
    for (String iso : Locale.getISOCountries()) {
      if (!listed.contains(iso)) {
        PlaceInfo country = new PlaceInfo(jdkName(iso), PlaceInfo.COUNTRY, iso);
        countries.add(new Named(country, List.of(country.canonical()), iso));
      }
    }
    return countries;
  }

  /** Regions ("Kurdistan", "Middle East") and the cities and states that need a decision. */
  static List<Named> regionsAndPlaces() {
    List<Named> places = new ArrayList<>();
    for (String[] row : rows("regions.tsv")) {
      List<String> names = new ArrayList<>(List.of(row[0]));
      names.addAll(alternatives(row, 1));
      places.add(new Named(new PlaceInfo(row[0], PlaceInfo.REGION, null), names, null));
    }
    for (String[] row : rows("places.tsv")) {
      List<String> names = new ArrayList<>(List.of(row[0]));
      names.addAll(alternatives(row, 3));
      places.add(new Named(new PlaceInfo(row[0], row[1], null), names, row[2]));
    }
    return places;
  }

  /** Nationality adjectives with the ISO code, or name, of their country: {"Dutch", "NL"}. */
  static List<String[]> nationalities() {
    return rows("nationalities.tsv");
  }

  // "Bosnia & Herzegovina" and "Côte d’Ivoire" as news writes them.
  private static String jdkName(String iso) {
    return new Locale("", iso)
        .getDisplayCountry(Locale.ENGLISH)
        .replace(" & ", " and ")
        .replace('’', '\'');
  }

  private static List<String> alternatives(String[] row, int column) {
    if (row.length <= column || row[column].isBlank()) {
      return List.of();
    }
    return Arrays.asList(row[column].split("\\|"));
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CuratedPlaces.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
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
