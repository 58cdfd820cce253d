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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityTally(
    String name, String detail, int articles, int mentions, List<String> articleIds) {
  public EntityTally {
    Objects.requireNonNull(name, "name");
    articleIds = List.copyOf(articleIds);
  }
}
