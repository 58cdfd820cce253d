package org.newsfacts.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A dated statement: a sentence with a date, and who and where it names
 * ("In January, three U.S. troops were killed in Jordan" — 2024-01 — Jordan).
 *
 * @param date TIMEX3 value of the date
 * @param text the date as written
 * @param people canonical names of the people the sentence names
 * @param places canonical names of the places the sentence names
 * @param start offset of the date
 * @param end end of the date
 * @param sentence the sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventFact(
    String date,
    String text,
    List<String> people,
    List<String> places,
    int start,
    int end,
    String sentence)
    implements Fact {
  public EventFact {
    Objects.requireNonNull(date, "date");
    people = people == null ? List.of() : List.copyOf(people);
    places = places == null ? List.of() : List.copyOf(places);
  }
}
