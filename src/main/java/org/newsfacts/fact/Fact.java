package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something a report can state in one line and a search can filter on. Every fact keeps the
 * character span it came from and the sentence around it, so it can be traced to its source.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PersonFact.class, name = "person"),
  @JsonSubTypes.Type(value = PlaceFact.class, name = "place"),
  @JsonSubTypes.Type(value = OrganizationFact.class, name = "organization"),
  @JsonSubTypes.Type(value = QuantityFact.class, name = "quantity"),
  @JsonSubTypes.Type(value = EventFact.class, name = "event"),
})
public sealed interface Fact permits PersonFact, PlaceFact, OrganizationFact, QuantityFact, EventFact {

  /** Offset of the span the fact was read from (first mention for entity facts). */
  int start();

  /** End of that span, exclusive. */
  int end();

  /** The sentence the span is in, as it stands in the article text. */
  String sentence();

  /** The name this kind of fact has in JSON ({@code "kind"}) and in the index. */
  @JsonIgnore
  default String kind() {
    // Java 17 has no pattern switch; the sealed list above keeps this chain complete.
    if (this instanceof PersonFact) {
      return "person";
    } else if (this instanceof PlaceFact) {
      return "place";
    } else if (this instanceof OrganizationFact) {
      return "organization";
    } else if (this instanceof QuantityFact) {
      return "quantity";
    }
    return "event";
  }
}
