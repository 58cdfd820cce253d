package org.newsfacts.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * How much a set of articles talks about one person, place or organisation.
 *
 * @param name canonical name
 * @param detail for places the subtype (COUNTRY, CITY ...), else {@code null}
 * @param articles how many articles name it (each article counts once)
 * @param mentions how often they mention it in all
 * @param articleIds the articles that name it, in report order
 * @param aliases the other names the archive calls it by ("Reagan"), or {@code null} if none
 * @param lat for places on the map: latitude, else {@code null}
 * @param lon longitude
 * @param country ISO 3166-1 alpha-2 code of the place's country
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityTally(
    String name,
    String detail,
    int articles,
    int mentions,
    List<String> articleIds,
    List<String> aliases,
    Double lat,
    Double lon,
    String country) {
  public EntityTally {
    Objects.requireNonNull(name, "name");
    articleIds = List.copyOf(articleIds);
    aliases = aliases == null || aliases.isEmpty() ? null : List.copyOf(aliases);
  }

  /** A tally without aliases or coordinates. */
  public EntityTally(String name, String detail, int articles, int mentions, List<String> articleIds) {
    this(name, detail, articles, mentions, articleIds, null, null, null, null);
  }
}
