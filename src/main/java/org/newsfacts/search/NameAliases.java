package org.newsfacts.search;

import java.util.List;

/**
 * The other names an entity goes by across the archive, so that {@code person:"Ronald Reagan"}
 * also finds the articles that call him "Reagan" alone, and {@code org:OPEC} those that spell the
 * name out. Supplied by the archive's entity table.
 */
@FunctionalInterface
public interface NameAliases {
  /** No aliases: names match only themselves. */
  NameAliases NONE = (field, name) -> List.of();

  /**
   * Every other name of the entity called {@code name}.
   *
   * @param field "person", "place" or "org"
   */
  List<String> of(String field, String name);
}
