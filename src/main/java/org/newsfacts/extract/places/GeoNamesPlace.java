package org.newsfacts.extract.places;

import org.newsfacts.fact.GeoPoint;

/**
 * One populated place of the GeoNames table.
 *
 * @param id GeoNames id
 * @param name its name
 * @param lat latitude
 * @param lon longitude
 * @param featureCode GeoNames feature code: PPLC capital, PPLA seat of a first-level division,
 *     PPLA2-4 lower seats, PPL any other place, PPLX a section of a place
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 GeoNames code of the first-level division (state, province) it is in
 * @param population people living there (0 where GeoNames does not know)
 */
public record GeoNamesPlace(
    long id, String name, double lat, double lon, String featureCode, String country, String admin1,
    long population) {

  public GeoPoint point() {
    return new GeoPoint(lat, lon, country, "geonames:" + id);
  }

  boolean isCapital() {
    return "PPLC".equals(featureCode);
  }

  boolean isFirstLevelSeat() {
    return "PPLA".equals(featureCode);
  }
}
