package org.newsfacts.extract.places;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of buildings, works and streets that news tags as places: "Nizhny Novgorod Stadium",
 * "Mecca's Grand Mosque", "White House", "Fifth Avenue". Such a name is where the place it starts with is, and never the
 * small town that happens to share the whole name (White House, Tennessee): better no point than
 * one a thousand kilometres off.
 */
final class FacilityNames {
  // Last words that make a name a building or a work. Not "Park" or "Center": towns are called
  // that ("Menlo Park", "Rockville Centre").
  private static final Set<String> FACILITIES =
      Set.of(
          "airport", "arena", "base", "bridge", "building", "camp", "cathedral", "church", "dam",
          "embassy", "hall", "hospital", "hotel", "house", "mosque", "museum", "palace", "prison",
          "refinery", "school", "shrine", "stadium", "station", "temple", "tower", "university",
          "street", "avenue", "road", "boulevard", "square");
  private static final Pattern LAST_WORD = Pattern.compile("^(.*?)(?:'s|’s)?\\s+(\\p{L}+)$");
  private static final Pattern LEADING_PLACE = Pattern.compile("^(.*?)(?:'s|’s)(?:\\s+.*)?$");

  private FacilityNames() {}

  /** Whether the name ends in a word for a building or a work ("Volgograd Arena"). */
  static boolean isFacility(String name) {
    Matcher m = LAST_WORD.matcher(name.strip());
    return m.matches() && FACILITIES.contains(m.group(2).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The place a facility's name starts with: "Volgograd" for "Volgograd Arena", "Mecca" for
   * "Mecca's Grand Mosque"; empty for a name of one word before the facility word, which says
   * nothing of where it is ("White House", "Grand Mosque" give "White", "Grand": callers check the
   * result is a place).
   */
  static Optional<String> site(String name) {
    String plain = name.strip();
    Matcher possessive = LEADING_PLACE.matcher(plain);
    if (possessive.matches() && !possessive.group(1).isBlank()) {
      return Optional.of(possessive.group(1).strip());
    }
    Matcher m = LAST_WORD.matcher(plain);
    return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }
}
