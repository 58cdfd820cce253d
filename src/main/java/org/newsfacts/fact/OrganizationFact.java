package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An organisation the article names.
 *
 * @param name canonical name
 * @param mentions how often the article mentions it
 * @param start offset of the first mention
 * @param end end of the first mention
 * @param sentence sentence of the first mention
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationFact(String name, int mentions, int start, int end, String sentence)
    implements Fact {
  public OrganizationFact {
    Objects.requireNonNull(name, "name");
  }
}
