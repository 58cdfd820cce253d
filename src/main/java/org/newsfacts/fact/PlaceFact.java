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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceFact(
    String name, String subtype, String iso, int mentions, int start, int end, String sentence)
    implements Fact {
  public PlaceFact {
    Objects.requireNonNull(name, "name");
  }
}
