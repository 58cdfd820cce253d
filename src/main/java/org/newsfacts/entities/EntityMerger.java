package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsfacts.fact.GeoPoint;

/**
 * Merges the entities of every article into archive-wide ones: people by {@link PersonMerging},
 * organisations by {@link OrganizationMerging}, places by their gazetteer entry (or name where the
 * gazetteer did not resolve them). Pure: the same article entities always give the same table,
 * so the table can be recomputed from the stored facts whenever articles arrive.
 */
public final class EntityMerger {
  private EntityMerger() {}

  // One order for the article entities, whatever order they were read in: every tie below
  // (display name, point, id suffix) is then decided the same way on every run.
  private static final Comparator<ArticleEntity> INPUT_ORDER =
      Comparator.comparing(ArticleEntity::articleId)
          .thenComparing(ArticleEntity::type)
          .thenComparing(ArticleEntity::name)
          .thenComparingInt(ArticleEntity::mentions)
          .thenComparing(e -> e.published() == null ? "" : e.published())
          .thenComparing(e -> e.point() == null ? "" : e.point().toString());

  /**
   * The archive's entities, most articles first. The same article entities in any order give
   * the same table: the same ids, names, aliases and points.
   */
  public static List<Entity> merge(Collection<ArticleEntity> all) {
    Map<EntityType, List<ArticleEntity>> byType = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      byType.put(type, new ArrayList<>());
    }
    all.stream().sorted(INPUT_ORDER).forEach(e -> byType.get(e.type()).add(e));
    Map<String, Integer> organisationArticles = articlesByName(byType.get(EntityType.ORGANIZATION), true);
    Map<String, String> people =
        PersonMerging.clusters(articlesByName(byType.get(EntityType.PERSON), false), organisationArticles);
    Map<String, String> organisations =
        OrganizationMerging.clusters(articlesByName(byType.get(EntityType.ORGANIZATION), false));

    List<Entity> entities = new ArrayList<>();
    entities.addAll(build(EntityType.PERSON, byType.get(EntityType.PERSON), people::get));
    entities.addAll(build(EntityType.ORGANIZATION, byType.get(EntityType.ORGANIZATION), organisations::get));
    entities.addAll(build(EntityType.PLACE, byType.get(EntityType.PLACE), null));
    entities.sort(
        Comparator.comparingInt(Entity::articles).reversed()
            .thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
            .thenComparing(Entity::id)
            .thenComparing(Entity::name)
            .thenComparing(e -> e.gazetteerId() == null ? "" : e.gazetteerId()));
    return uniqueIds(entities);
  }

  private static Map<String, Integer> articlesByName(List<ArticleEntity> entities, boolean byKey) {
    Map<String, Set<String>> articles = new TreeMap<>();
    for (ArticleEntity e : entities) {
      String name = byKey ? OrganizationMerging.key(e.name()) : e.name();
      articles.computeIfAbsent(name, k -> new HashSet<>()).add(e.articleId());
    }
    Map<String, Integer> counts = new TreeMap<>();
    articles.forEach((name, ids) -> counts.put(name, ids.size()));
    return counts;
  }

  private interface ClusterOf {
    String of(String name);
  }

  private static List<Entity> build(EntityType type, List<ArticleEntity> entities, ClusterOf clusterOf) {
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    for (ArticleEntity e : entities) {
      String key = type == EntityType.PLACE ? placeKey(e) : clusterOf.of(e.name());
      if (key != null && !e.name().isEmpty()) {
        clusters.computeIfAbsent(key, k -> new Cluster()).add(e);
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Cluster cluster : clusters.values()) {
      out.add(cluster.toEntity(type));
    }
    return out;
  }

  private static String placeKey(ArticleEntity e) {
    GeoPoint point = e.point();
    return point != null && point.gazetteerId() != null ? point.gazetteerId() : "name " + Names.key(e.name());
  }

  private static List<Entity> uniqueIds(List<Entity> entities) {
    Set<String> used = new HashSet<>();
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      String id = e.id();
      for (int n = 2; !used.add(id); n++) {
        id = e.id() + "-" + n;
      }
      out.add(
          id.equals(e.id())
              ? e
              : new Entity(
                  id, e.type(), e.name(), e.aliases(), e.articles(), e.stories(), e.mentions(), e.first(),
                  e.last(),
                  e.lat(), e.lon(), e.country(), e.gazetteerId()));
    }
    return out;
  }

  /** What the articles of one entity add up to. */
  private static final class Cluster {
    private final Map<String, Set<String>> articlesByName = new LinkedHashMap<>();
    private final Map<GeoPoint, Integer> points = new LinkedHashMap<>();
    // Each article of the index with its number of copies: its publications are one more.
    private final Map<String, Integer> copiesByArticle = new HashMap<>();
    private int mentions;
    private String first;
    private String last;

    void add(ArticleEntity e) {
      articlesByName.computeIfAbsent(e.name(), k -> new HashSet<>()).add(e.articleId());
      copiesByArticle.merge(e.articleId(), e.copies(), Math::max);
      mentions += e.mentions();
      if (e.point() != null) {
        points.merge(e.point(), 1, Integer::sum);
      }
      if (e.published() != null) {
        first = first == null || e.published().compareTo(first) < 0 ? e.published() : first;
        last = last == null || e.published().compareTo(last) > 0 ? e.published() : last;
      }
    }

    Entity toEntity(EntityType type) {
      // The most used name first, then the longer, then in alphabetical order.
      List<String> names = new ArrayList<>(articlesByName.keySet());
      Comparator<String> byUse =
          Comparator.<String>comparingInt(n -> -articlesByName.get(n).size())
              .thenComparingInt(n -> -n.length())
              .thenComparing(Comparator.naturalOrder());
      names.sort(byUse);
      String display =
          names.stream()
              .filter(n -> Names.words(n).size() >= 2 || type != EntityType.PERSON)
              .findFirst()
              .orElse(names.get(0));
      if (type == EntityType.ORGANIZATION) {
        // Spelled out rather than an acronym ("General Motors Corp", not "GM") when the long form
        // is in common use too.
        int top = articlesByName.get(names.get(0)).size();
        display =
            names.stream()
                .filter(n -> !n.equals(n.toUpperCase(java.util.Locale.ROOT)))
                .filter(n -> articlesByName.get(n).size() * 4 >= top)
                .findFirst()
                .orElse(names.get(0));
      }
      List<String> aliases = new ArrayList<>(names);
      aliases.remove(display);
      GeoPoint point =
          points.entrySet().stream()
              .max(
                  Map.Entry.<GeoPoint, Integer>comparingByValue()
                      .thenComparing(p -> p.getKey().toString(), Comparator.reverseOrder()))
              .map(Map.Entry::getKey)
              .orElse(null);
      return new Entity(
          type.label() + ":" + Names.slug(display),
          type.label(),
          display,
          aliases,
          copiesByArticle.values().stream().mapToInt(copies -> copies + 1).sum(),
          copiesByArticle.size(),
          mentions,
          first,
          last,
          point == null ? null : point.lat(),
          point == null ? null : point.lon(),
          point == null ? null : point.country(),
          point == null ? null : point.gazetteerId());
    }
  }
}
