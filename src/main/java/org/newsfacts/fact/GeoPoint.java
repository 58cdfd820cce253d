package org.newsfacts.fact;

/**
 * Where a place is: a point on the map and the gazetteer entry it came from.
 *
 * @param lat latitude in degrees (WGS 84)
 * @param lon longitude in degrees
 * @param country ISO 3166-1 alpha-2 code of the country the point is in, or {@code null} for
 *     regions that span countries ("Middle East")
 * @param gazetteerId the entry: "geonames:ID" for a GeoNames place, "iso3166:CC" for a country,
 *     "geonames-admin1:CC.CODE" for a state or province, "region:NAME" for a wider region
 */
public record GeoPoint(double lat, double lon, String country, String gazetteerId) {

  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Great-circle distance in kilometres (haversine). */
  public double kilometresTo(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
