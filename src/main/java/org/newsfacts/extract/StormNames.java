package org.newsfacts.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.PersonFact;

/**
 * Storms carry people's names: where the article writes "Hurricane Sandy" or "Superstorm Sandy",
 * the "Sandy" it names alone elsewhere ("Sandy's financial toll", "thrashed by Sandy") is the
 * storm, not a person, and gives no person fact.
 */
final class StormNames {
  private static final String STORM =
      "(?:Hurricane|Superstorm|Super Storm|Tropical Storm|Storm|Typhoon|Super Typhoon|Cyclone|Tropical Cyclone)";

  private StormNames() {}

  static List<Fact> withoutStorms(List<Fact> facts, String text) {
    return facts.stream()
        .filter(fact -> !(fact instanceof PersonFact person) || !isStorm(person.name(), text))
        .toList();
  }

  private static boolean isStorm(String name, String text) {
    String word = name.strip();
    if (word.isEmpty() || word.indexOf(' ') >= 0) {
      return false;
    }
    return Pattern.compile("(?i:" + STORM + ")[ \\t\\u00a0]+" + Pattern.quote(word) + "\\b").matcher(text).find();
  }
}
