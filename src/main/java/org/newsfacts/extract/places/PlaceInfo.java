package org.newsfacts.extract.places;

import java.util.Objects;

/**
 * What a place name refers to.
 *
 * @param canonical the name every spelling of the place shares ("United States" for "U.S.")
 * @param subtype COUNTRY, STATE_OR_PROVINCE, CITY or REGION (the CoreNLP KBP place types plus
 *     REGION), or {@code null} when unknown
 * @param iso ISO 3166-1 alpha-2 code for countries ("US"; former codes for states that no longer
 *     exist: "SU" for the Soviet Union), else {@code null}
 */
public record PlaceInfo(String canonical, String subtype, String iso) {
  public static final String COUNTRY = "COUNTRY";
  public static final String STATE_OR_PROVINCE = "STATE_OR_PROVINCE";
  public static final String CITY = "CITY";
  public static final String REGION = "REGION";

  public PlaceInfo {
    Objects.requireNonNull(canonical, "canonical");
  }
}
