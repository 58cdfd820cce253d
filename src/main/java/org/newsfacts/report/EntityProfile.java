package org.newsfacts.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.entities.Entity;
import org.newsfacts.entities.EntityIndex;
import org.newsfacts.entities.EntityType;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/**
 * One entity's profile ({@code report --person NAME}, {@code --place}, {@code --org}): its names,
 * the articles naming it, a timeline of its facts newest first, and the people, places and
 * organisations it appears with most.
 *
 * @param entity the archive-wide entity
 * @param articles the articles naming it, newest first
 * @param timeline its facts: how each article names it (dated by the article) and the dated events
 *     naming it, newest first
 * @param people people named in the same articles, most shared articles first (itself left out)
 * @param places places, same order
 * @param organizations organisations, same order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityProfile(
    Entity entity,
    List<ArticleRef> articles,
    List<Moment> timeline,
    List<EntityTally> people,
    List<EntityTally> places,
    List<EntityTally> organizations) {

  /** Most entries of each "appears with" list. */
  public static final int TOP = 15;

  /** An article, without its text. */
  public record ArticleRef(String id, String title, String published, String source) {}

  /**
   * A dated fact about the entity.
   *
   * @param date the fact's date (TIMEX3) or the article's publication date
   * @param what what happened: the role or the event's sentence
   * @param articleId where it is stated
   * @param articleTitle that article's title
   */
  public record Moment(String date, String what, String articleId, String articleTitle) {}

  /** The profile of {@code entity} from the articles that may name it (others are skipped). */
  public static EntityProfile of(Entity entity, List<ExtractedArticle> candidates, EntityIndex index) {
    EntityType type = entity.entityType();
    Set<String> names = entity.names().stream().collect(Collectors.toSet());
    List<ExtractedArticle> naming =
        candidates.stream()
            .filter(a -> namesIt(a, type, entity, index))
            .sorted(Comparator.comparing((ExtractedArticle a) -> a.published() == null ? "" : a.published()).reversed())
            .toList();
    List<Moment> timeline = new ArrayList<>();
    for (ExtractedArticle article : naming) {
      for (Fact fact : article.facts()) {
        Moment moment = momentOf(fact, type, names, entity, index, article);
        if (moment != null) {
          timeline.add(moment);
        }
      }
    }
    timeline.sort(Comparator.comparing(Moment::date).reversed());
    Report together = Report.of("with " + entity.name(), naming, index);
    return new EntityProfile(
        entity,
        naming.stream().map(a -> new ArticleRef(a.id(), a.title(), a.published(), a.source())).toList(),
        timeline,
        others(together.people(), entity),
        others(together.places(), entity),
        others(together.organizations(), entity));
  }

  private static boolean namesIt(ExtractedArticle article, EntityType type, Entity entity, EntityIndex index) {
    return article.facts().stream()
        .map(f -> nameOf(f, type))
        .anyMatch(n -> n != null && index.find(type, n).filter(entity::equals).isPresent());
  }

  private static String nameOf(Fact fact, EntityType type) {
    if (type == EntityType.PERSON && fact instanceof PersonFact p) {
      return p.name();
    } else if (type == EntityType.PLACE && fact instanceof PlaceFact p) {
      return p.name();
    } else if (type == EntityType.ORGANIZATION && fact instanceof OrganizationFact o) {
      return o.name();
    }
    return null;
  }

  private static Moment momentOf(
      Fact fact, EntityType type, Set<String> names, Entity entity, EntityIndex index, ExtractedArticle article) {
    String title = article.title() == null ? article.source() : article.title();
    String own = nameOf(fact, type);
    if (own != null && index.find(type, own).filter(entity::equals).isPresent()) {
      if (article.published() == null) {
        return null;
      }
      String what = fact instanceof PersonFact p && p.role() != null
          ? "named as " + p.role() + ": " + p.sentence()
          : "named: " + fact.sentence();
      return new Moment(article.published(), what.strip(), article.id(), title);
    }
    if (fact instanceof EventFact e) {
      List<String> involved = type == EntityType.PERSON ? e.people() : type == EntityType.PLACE ? e.places() : List.of();
      boolean about = involved.stream().anyMatch(names::contains)
          || (type == EntityType.ORGANIZATION && names.stream().anyMatch(n -> e.sentence() != null && e.sentence().contains(n)));
      if (about) {
        return new Moment(e.date(), e.sentence() == null ? e.text() : e.sentence().strip(), article.id(), title);
      }
    }
    return null;
  }

  private static List<EntityTally> others(List<EntityTally> tallies, Entity entity) {
    return tallies.stream().filter(t -> !t.name().equals(entity.name())).limit(TOP).toList();
  }
}
