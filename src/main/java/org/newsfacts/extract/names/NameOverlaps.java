package org.newsfacts.extract.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * One stretch of text is one name at most. CoreNLP's entity-mention pass lists the pronoun "He"
 * as a person for coreference, and where it opens a name ("He Kang, Minister of Agriculture") the
 * pronoun's token carries the name's tag, so both came through; a rule may likewise add a name
 * over one already there. Two names over the same words make the rules that read neighbours in
 * text order read backwards ({@link OrganisationLists} failed two Reuters articles on "He Kang"),
 * and count one name twice. So where mentions are added, a name inside or across another is
 * refused. Dates and amounts inside names ("the 1998 Act") are not names and pass.
 */
public final class NameOverlaps {
  private NameOverlaps() {}

  /**
   * The mentions with every name that lies inside or across another name left out: the longer of
   * two is kept, the earlier of two as long; the order is kept.
   */
  public static List<Mention> refused(List<Mention> mentions) {
    Set<Mention> left = overlapping(List.of(), mentions.stream().filter(NameOverlaps::isName).toList());
    return left.isEmpty() ? mentions : mentions.stream().filter(m -> !left.contains(m)).toList();
  }

  /**
   * What a rule made of {@code before}, without the names it added ({@code after} has them,
   * {@code before} not) that lie inside or across another name: a name already there stands, and
   * of two added names the longer.
   */
  public static List<Mention> addedRefused(List<Mention> before, List<Mention> after) {
    Set<Mention> old = new HashSet<>(before);
    List<Mention> added = after.stream().filter(m -> isName(m) && !old.contains(m)).toList();
    if (added.isEmpty()) {
      return after;
    }
    List<Mention> standing = after.stream().filter(m -> isName(m) && old.contains(m)).toList();
    Set<Mention> left = overlapping(standing, added);
    return left.isEmpty() ? after : after.stream().filter(m -> !left.contains(m)).toList();
  }

  /**
   * The candidates to leave out: taken longest first (the earlier of two as long), each that
   * overlaps a standing name or a candidate kept before it.
   */
  private static Set<Mention> overlapping(List<Mention> standing, List<Mention> candidates) {
    List<Mention> kept = new ArrayList<>(standing);
    Set<Mention> left = new HashSet<>();
    candidates.stream()
        .sorted(Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start))
        .forEach(m -> {
          if (kept.stream().anyMatch(k -> overlap(k, m))) {
            left.add(m);
          } else {
            kept.add(m);
          }
        });
    return left;
  }

  private static boolean isName(Mention m) {
    return m.type().isNamedEntity() || m.type() == MentionType.MISC;
  }

  private static boolean overlap(Mention a, Mention b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
