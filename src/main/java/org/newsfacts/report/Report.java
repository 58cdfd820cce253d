package org.newsfacts.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.newsfacts.entities.Entity;
import org.newsfacts.entities.EntityIndex;
import org.newsfacts.entities.EntityType;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/**
 * What every report format shows: the articles in scope and the people, places and
 * organisations they mention most.
 *
 * @param scope what the report covers, for its heading ("all articles", "query: troops")
 * @param articles the articles, in rank order
 * @param people people by number of articles naming them, then mentions, then name
 * @param places places, same order
 * @param organizations organisations, same order
 * @param timeline the dated facts near their articles' publication, newest first
 * @param factSheet the report is about one article alone ({@code report --article ID}), so
 *     formats leave out the tallies across articles
 * @param copies by article id, the other files each article was read from (where any)
 */
public record Report(
    String scope,
    List<ExtractedArticle> articles,
    List<EntityTally> people,
    List<EntityTally> places,
    List<EntityTally> organizations,
    Timeline timeline,
    boolean factSheet,
    Map<String, List<String>> copies) {

  /** Most entities a report lists of each kind (people, places, organisations). */
  public static final int TOP_ENTITIES = 20;

  /** Most rows of the report-wide quantity table; each article still lists all of its own. */
  public static final int MAX_QUANTITY_ROWS = 200;

  /** Most rows of the dated events table; each article still lists all of its own. */
  public static final int MAX_EVENT_ROWS = 100;

  public Report {
    Objects.requireNonNull(scope, "scope");
    articles = List.copyOf(articles);
    people = List.copyOf(people);
    places = List.copyOf(places);
    organizations = List.copyOf(organizations);
    Objects.requireNonNull(timeline, "timeline");
    copies = copies == null ? Map.of() : Map.copyOf(copies);
  }

  /** This report, listing with each article the other files it was read from. */
  public Report withCopies(Function<String, List<String>> copiesOf) {
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (ExtractedArticle article : articles) {
      List<String> found = copiesOf.apply(article.id());
      if (!found.isEmpty()) {
        byId.put(article.id(), found);
      }
    }
    return new Report(scope, articles, people, places, organizations, timeline, factSheet, byId);
  }

  /** The other files {@code article} was read from; empty when none. */
  public List<String> copiesOf(ExtractedArticle article) {
    return copies.getOrDefault(article.id(), List.of());
  }

  /** Tallies the entities of {@code articles}, merged among these articles alone. */
  public static Report of(String scope, List<ExtractedArticle> articles) {
    return of(scope, articles, EntityIndex.of(articles));
  }

  /**
   * Tallies the entities of {@code articles} as the archive's entity table merges them: "Reagan"
   * in one article counts for "Ronald Reagan"; names that are nobody ("Joe") are left out.
   */
  public static Report of(String scope, List<ExtractedArticle> articles, EntityIndex entities) {
    return tallied(scope, articles, entities, false);
  }

  /** The fact sheet of one article. */
  public static Report factSheet(ExtractedArticle article) {
    List<ExtractedArticle> one = List.of(article);
    return tallied("article " + article.id(), one, EntityIndex.of(one), true);
  }

  /** A capped list's note of how many items it leaves out, or {@code null} when none. */
  static String leftOut(int count, String what) {
    return count <= 0
        ? null
        : count + " more " + what + " not shown here; each article lists its own, and the CSV"
            + " report has them all.";
  }

  private static Report tallied(
      String scope, List<ExtractedArticle> articles, EntityIndex entities, boolean factSheet) {
    return new Report(
        scope,
        articles,
        tally(articles, entities, EntityType.PERSON, PersonFact.class, PersonFact::name, f -> null,
            PersonFact::mentions),
        tally(articles, entities, EntityType.PLACE, PlaceFact.class, PlaceFact::name, PlaceFact::subtype,
            PlaceFact::mentions),
        tally(articles, entities, EntityType.ORGANIZATION, OrganizationFact.class, OrganizationFact::name,
            f -> null, OrganizationFact::mentions),
        Timeline.of(articles),
        factSheet,
        Map.of());
  }

  private static <T extends Fact> List<EntityTally> tally(
      List<ExtractedArticle> articles,
      EntityIndex entities,
      EntityType type,
      Class<T> kind,
      Function<T, String> name,
      Function<T, String> detail,
      Function<T, Integer> mentions) {
    Map<String, Counting> byName = new LinkedHashMap<>();
    for (ExtractedArticle article : articles) {
      for (T fact : article.factsOf(kind)) {
        Optional<Entity> entity = entities.find(type, name.apply(fact));
        if (entity.isEmpty()) {
          continue; // a first name alone, a wire sign-off: nobody
        }
        Counting counting = byName.computeIfAbsent(entity.get().name(), n -> new Counting());
        counting.entity = entity.get();
        counting.detail = counting.detail == null ? detail.apply(fact) : counting.detail;
        counting.mentions += Math.max(1, mentions.apply(fact));
        if (!counting.articleIds.contains(article.id())) {
          counting.articleIds.add(article.id()); // an article counts once, however many facts
        }
      }
    }
    return byName.entrySet().stream()
        .map(
            e ->
                new EntityTally(
                    e.getKey(),
                    e.getValue().detail,
                    e.getValue().articleIds.size(),
                    e.getValue().mentions,
                    e.getValue().articleIds,
                    e.getValue().entity.aliases(),
                    e.getValue().entity.lat(),
                    e.getValue().entity.lon(),
                    e.getValue().entity.country()))
        .sorted(
            Comparator.comparingInt(EntityTally::articles)
                .thenComparingInt(EntityTally::mentions)
                .reversed()
                .thenComparing(EntityTally::name))
        .toList();
  }

  private static final class Counting {
    Entity entity;
    String detail;
    int mentions;
    final List<String> articleIds = new ArrayList<>();
  }
}
