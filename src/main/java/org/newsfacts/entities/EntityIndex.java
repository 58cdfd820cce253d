package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsfacts.fact.ExtractedArticle;

/**
 * Finds the archive-wide entity an article's name stands for: "Reagan" in one article is
 * "Ronald Reagan"; a first name alone ("Joe") or a wire sign-off ("Reuter") is nobody.
 */
public final class EntityIndex {
  private final Map<String, Entity> byName = new HashMap<>();
  private final List<Entity> entities;

  public EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    // Entities come most articles first: where two share a name, the bigger one keeps it.
    for (Entity e : entities) {
      for (String name : e.names()) {
        byName.putIfAbsent(key(e.type(), name), e);
      }
    }
  }

  /** The entities of these articles alone, merged among themselves. */
  public static EntityIndex of(Collection<ExtractedArticle> articles) {
    List<ArticleEntity> all = new ArrayList<>();
    articles.forEach(a -> all.addAll(ArticleEntity.of(a)));
    return new EntityIndex(EntityMerger.merge(all));
  }

  /** The entity of {@code type} an article calls {@code name}, if it is one. */
  public Optional<Entity> find(EntityType type, String name) {
    return Optional.ofNullable(byName.get(key(type.label(), Names.oneLine(name))));
  }

  /** Every entity, most articles first. */
  public List<Entity> entities() {
    return entities;
  }

  private static String key(String type, String name) {
    return type + " " + Names.key(name);
  }
}
