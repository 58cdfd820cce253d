package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * One name, one type across an article: once the words around one mention have said what a name
 * is ("the band Pella Moor", "the town of Sebago", "Harrowby beat Colton"), its other mentions,
 * which the tagger read one sentence at a time, take that type too. The rules that read the words
 * ({@link OrganisationKinds}, {@link PlaceContexts}, {@link TeamContexts}) say which mentions may
 * change.
 */
final class NameTypes {
  private NameTypes() {}

  /** Gives every mention of one of the names that {@code retypable} accepts the type, in place. */
  static void passOn(List<Mention> mentions, Set<String> names, Predicate<Mention> retypable, MentionType type) {
    if (names.isEmpty()) {
      return;
    }
    mentions.replaceAll(m -> names.contains(m.text()) && m.type() != type && retypable.test(m) ? retyped(m, type) : m);
  }

  /**
   * The mentions with {@code added} among them, in text order; the same list if none was added.
   * An added mention that overlaps one already there is left out: two rules can each find "IC"
   * and "IC's" at one place, and one span must not be two names (later rules read neighbours in
   * text order and would read backwards).
   */
  static List<Mention> withAdded(List<Mention> mentions, List<Mention> added) {
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : added) {
      if (out.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The mention as a name of the type, without what was filled in for its old type. */
  static Mention retyped(Mention m, MentionType type) {
    return new Mention(type, m.start(), m.end(), m.text(), null, null, null, null, null, m.sentence());
  }
}
