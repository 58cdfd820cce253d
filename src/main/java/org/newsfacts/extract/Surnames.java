package org.newsfacts.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Once an article has named a person in full, their surname alone means them: "MaliVai
 * Washington ... Washington served" is a tennis player twice, though the tagger, which sees one
 * sentence at a time, reads the second "Washington" as the city. A place or organisation whose
 * whole name is the surname of a person named in full in the same article becomes that person.
 */
final class Surnames {
  private Surnames() {}

  static List<Mention> retyped(List<Mention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON) {
        String[] words = m.text().trim().split("\\s+");
        if (words.length >= 2) {
          surnames.add(words[words.length - 1]);
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean surname =
          (m.type() == MentionType.LOCATION || m.type() == MentionType.ORGANIZATION)
              && surnames.contains(m.text());
      out.add(
          surname
              ? new Mention(MentionType.PERSON, m.start(), m.end(), m.text(), null, null, null, null, null, m.sentence())
              : m);
    }
    return out;
  }
}
