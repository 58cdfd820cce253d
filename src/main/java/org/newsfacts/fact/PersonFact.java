package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A person the article names.
 *
 * @param name canonical name, the fullest form the article uses
 * @param role title or office given next to the name ("Defense Minister"), or {@code null}
 * @param mentions how often the article mentions the person, in any form
 * @param start offset of the first mention
 * @param end end of the first mention
 * @param sentence sentence of the first mention
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonFact(String name, String role, int mentions, int start, int end, String sentence)
    implements Fact {
  public PersonFact {
    Objects.requireNonNull(name, "name");
  }
}
