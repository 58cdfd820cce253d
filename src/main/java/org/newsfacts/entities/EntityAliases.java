package org.newsfacts.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.search.NameAliases;

/**
 * Search's view of the entity table: the names of the entity a query names. Read from the table
 * beside the index on the first name a query asks about (searches without names never read it);
 * a table older than the index's last commit still serves, since aliases change slowly and search
 * never writes.
 */
public final class EntityAliases implements NameAliases {
  private final Path index;
  private Map<String, List<String>> byName;

  public EntityAliases(Path index) {
    this.index = index;
  }

  @Override
  public synchronized List<String> of(String field, String name) {
    if (byName == null) {
      byName = load();
    }
    return byName.getOrDefault(key(typeOf(field), name), List.of());
  }

  private Map<String, List<String>> load() {
    Map<String, List<String>> names = new HashMap<>();
    try {
      for (Entity e : EntityStore.readSaved(index)) {
        if (e.aliases().isEmpty()) {
          continue;
        }
        for (String name : e.names()) {
          names.putIfAbsent(key(e.entityType(), name), e.names());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity table of " + index, e);
    }
    return names;
  }

  private static EntityType typeOf(String field) {
    return field.equals("org") ? EntityType.ORGANIZATION : EntityType.parse(field);
  }

  private static String key(EntityType type, String name) {
    return type.label() + " " + Names.key(name);
  }
}
