package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;

/**
 * One entity as one article names it: what merging starts from.
 *
 * @param type person, place or organisation
 * @param name the article's canonical name for it, on one line
 * @param articleId the article
 * @param published the article's publication date, or {@code null}
 * @param mentions how often the article mentions it
 * @param point for places the article's gazetteer resolution, else {@code null}
 * @param copies how many other publications of the same story were read (ingest keeps one article
 *     for a story read from several sources and lists the others as its copies; other file
 *     formats of the same document are not other publications)
 */
public record ArticleEntity(
    EntityType type,
    String name,
    String articleId,
    String published,
    int mentions,
    GeoPoint point,
    int copies) {

  public ArticleEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(articleId, "articleId");
    name = Names.oneLine(name);
    if (copies < 0) {
      throw new IllegalArgumentException("copies < 0: " + copies);
    }
  }

  /** An entity of an article read from one file only. */
  public ArticleEntity(
      EntityType type, String name, String articleId, String published, int mentions, GeoPoint point) {
    this(type, name, articleId, published, mentions, point, 0);
  }

  /** The people, places and organisations of one article read from one file. */
  public static List<ArticleEntity> of(ExtractedArticle article) {
    return of(article, List.of());
  }

  /** The people, places and organisations of one article, also read from {@code copySources}. */
  public static List<ArticleEntity> of(ExtractedArticle article, Collection<String> copySources) {
    int copies = Publications.count(article.source(), copySources) - 1;
    List<ArticleEntity> out = new ArrayList<>();
    for (Fact fact : article.facts()) {
      if (fact instanceof PersonFact p) {
        if (isSignOff(p)) {
          continue;
        }
        out.add(new ArticleEntity(EntityType.PERSON, p.name(), article.id(), article.published(), p.mentions(), null, copies));
      } else if (fact instanceof PlaceFact p) {
        out.add(
            new ArticleEntity(
                EntityType.PLACE, p.name(), article.id(), article.published(), p.mentions(), p.geoPoint(), copies));
      } else if (fact instanceof OrganizationFact o) {
        out.add(
            new ArticleEntity(
                EntityType.ORGANIZATION, o.name(), article.id(), article.published(), o.mentions(), null, copies));
      }
    }
    return out;
  }

  /**
   * A name standing alone on its line, once: a wire sign-off ("REUTER" closing every Reuters
   * story) or a byline, not a person the article is about.
   */
  static boolean isSignOff(PersonFact person) {
    return person.mentions() <= 1
        && person.sentence() != null
        && Names.key(person.sentence()).equals(Names.key(person.name()));
  }
}
