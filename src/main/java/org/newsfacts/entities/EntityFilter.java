package org.newsfacts.entities;

import java.util.List;
import java.util.Optional;

/** Picks entities by type and by a query matched against their name and aliases. */
public final class EntityFilter {
  private EntityFilter() {}

  /**
   * The entities of {@code type} (all types when {@code null}) whose name or an alias contains the
   * query's words in order (case, accents and punctuation ignored), at most {@code limit} (0: all).
   */
  public static List<Entity> select(List<Entity> entities, EntityType type, String query, int limit) {
    String wanted = query == null ? "" : Names.key(query);
    return entities.stream()
        .filter(e -> type == null || e.type().equals(type.label()))
        .filter(e -> wanted.isEmpty() || e.names().stream().anyMatch(n -> matches(n, wanted)))
        .limit(limit > 0 ? limit : Long.MAX_VALUE)
        .toList();
  }

  /**
   * The entity a name stands for: the one with that name or alias that most articles name, else
   * the one most articles name whose name contains it ("al-Abbasi" → "Thabit al-Abbasi").
   */
  public static Optional<Entity> named(List<Entity> entities, EntityType type, String name) {
    String key = Names.key(name);
    List<Entity> ofType = entities.stream().filter(e -> type == null || e.type().equals(type.label())).toList();
    Optional<Entity> exact =
        ofType.stream().filter(e -> e.names().stream().anyMatch(n -> Names.key(n).equals(key))).findFirst();
    return exact.isPresent() || key.isEmpty()
        ? exact
        : ofType.stream().filter(e -> e.names().stream().anyMatch(n -> matches(n, key))).findFirst();
  }

  private static boolean matches(String name, String wanted) {
    return (" " + Names.key(name) + " ").contains(" " + wanted + " ");
  }
}
