package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A span of article text that names an entity or states a date or number.
 *
 * @param type what the span is
 * @param start offset of the first character in the article text (Java string index)
 * @param end offset after the last character (exclusive)
 * @param text the span itself, {@code articleText.substring(start, end)}
 * @param value the normalised value: a TIMEX3 string for temporal types, a {@link BigDecimal} for
 *     numeric types, {@code null} otherwise
 * @param canonical for people, places and organisations: the name all mentions of the same entity
 *     in the article share ("Abbasi" becomes "Thabit al-Abbasi")
 * @param subtype for places: COUNTRY, STATE_OR_PROVINCE, CITY or REGION where known
 * @param iso for countries: the ISO 3166-1 alpha-2 code
 * @param currency for money: the ISO 4217 code
 * @param sentence index of the sentence the mention is in, counted from 0
 * @param lat for places resolved in the gazetteer: latitude in degrees (WGS 84), else {@code null}
 * @param lon for resolved places: longitude in degrees
 * @param country for resolved places: ISO 3166-1 alpha-2 code of the country the place is in
 * @param gazetteerId for resolved places: which gazetteer entry ("geonames:1850147" for Tokyo,
 *     "iso3166:JP" for a country, "geonames-admin1:US.TX" for a state, "region:Middle East")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(
    MentionType type,
    int start,
    int end,
    String text,
    Object value,
    String canonical,
    String subtype,
    String iso,
    String currency,
    int sentence,
    Double lat,
    Double lon,
    String country,
    String gazetteerId) {

  /** A mention without coordinates: every kind of mention but a resolved place. */
  public Mention(
      MentionType type,
      int start,
      int end,
      String text,
      Object value,
      String canonical,
      String subtype,
      String iso,
      String currency,
      int sentence) {
    this(type, start, end, text, value, canonical, subtype, iso, currency, sentence, null, null, null, null);
  }

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    value = normaliseValue(type, value);
  }

  /** The same mention placed on the map. */
  public Mention located(GeoPoint point) {
    return new Mention(
        type, start, end, text, value, canonical, subtype, iso, currency, sentence,
        point.lat(), point.lon(), point.country(), point.gazetteerId());
  }

  /** Where the place is, or {@code null} when it was not resolved. */
  public GeoPoint geoPoint() {
    return lat == null || lon == null ? null : new GeoPoint(lat, lon, country, gazetteerId);
  }

  /** The numeric value, or {@code null} for mentions that have none. */
  public BigDecimal number() {
    return value instanceof BigDecimal number ? number : null;
  }

  /** The TIMEX3 value, or {@code null} for mentions that have none. */
  public String timex() {
    return value instanceof String timex ? timex : null;
  }

  // JSON readers hand numbers over as Integer, Long, Double or BigDecimal; keep one type.
  private static Object normaliseValue(MentionType type, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
    }
    if (value instanceof String) {
      return value;
    }
    throw new IllegalArgumentException(type + " value must be a number or a string: " + value);
  }
}
