package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A place the article names.
 *
 * @param name canonical name ("United States" for "U.S.", "US" and "United States")
 * @param subtype COUNTRY, STATE_OR_PROVINCE, CITY or REGION where known, else {@code null}
 * @param iso ISO 3166-1 alpha-2 code for countries, else {@code null}
 * @param mentions how often the article mentions the place
 * @param start offset of the first mention
 * @param end end of the first mention
 * @param sentence sentence of the first mention
 * @param lat latitude where the gazetteer resolved the place, else {@code null}
 * @param lon longitude where resolved
 * @param country ISO 3166-1 alpha-2 code of the country the place is in, where resolved
 * @param gazetteerId the gazetteer entry it was resolved to (see {@link Mention#gazetteerId()})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceFact(
    String name,
    String subtype,
    String iso,
    int mentions,
    int start,
    int end,
    String sentence,
    Double lat,
    Double lon,
    String country,
    String gazetteerId)
    implements Fact {

  /** A place the gazetteer could not put on the map. */
  public PlaceFact(
      String name, String subtype, String iso, int mentions, int start, int end, String sentence) {
    this(name, subtype, iso, mentions, start, end, sentence, null, null, null, null);
  }

  /** The same place with its coordinates; {@code point} may be {@code null}. */
  public PlaceFact located(GeoPoint point) {
    return point == null
        ? this
        : new PlaceFact(
            name, subtype, iso, mentions, start, end, sentence,
            point.lat(), point.lon(), point.country(), point.gazetteerId());
  }

  /** Where the place is, or {@code null} when it was not resolved. */
  public GeoPoint geoPoint() {
    return lat == null || lon == null ? null : new GeoPoint(lat, lon, country, gazetteerId);
  }

  public PlaceFact {
    Objects.requireNonNull(name, "name");
  }
}
