package org.newsfacts.extract;

import java.util.List;
import org.newsfacts.extract.AnnotatedText.RawMention;
import org.newsfacts.fact.Mention;

/**
 * Finds the title or office written next to a person's name: "Defense Minister Thabit
 * al-Abbasi", "Rep. Adam Smith", "Thabit al-Abbasi, the defense minister,".
 */
final class Roles {
  private Roles() {}

  /** The role given at this mention, or {@code null}. */
  static String of(Mention person, AnnotatedText annotated) {
    String text = annotated.text();
    List<RawMention> titles = FactBuilder.titles(annotated);
    for (RawMention title : titles) {
      if (title.sentence() != person.sentence()) {
        continue;
      }
      if (title.end() <= person.start() && text.substring(title.end(), person.start()).isBlank()) {
        return text.substring(title.begin(), title.end());
      }
      // Apposition: "Name, the Iraqi defense minister," — a comma and a few words at most.
      if (title.begin() >= person.end()) {
        String between = text.substring(person.end(), title.begin());
        if (between.matches(",\\s*((the|a|an|[A-Z][a-z]+)\\s+){0,3}")) {
          return text.substring(title.begin(), title.end());
        }
      }
    }
    return null;
  }
}
