package org.newsfacts.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.newsfacts.fact.GeoPoint;

/** The entity table does not depend on the order the archive's facts are read in. */
class EntityMergerOrderTest {

  /** An archive full of ties: equal counts, two places of one name, names used equally often. */
  private static List<ArticleEntity> archive() {
    List<ArticleEntity> all = new ArrayList<>();
    GeoPoint parisFrance = new GeoPoint(48.85341, 2.3488, "FR", "geonames:2988507");
    GeoPoint parisTexas = new GeoPoint(33.66094, -95.55551, "US", "geonames:4717560");
    GeoPoint springfieldA = new GeoPoint(39.80172, -89.64371, "US", "geonames:4250542");
    GeoPoint springfieldB = new GeoPoint(37.21533, -93.29824, "US", "geonames:4409896");
    all.add(place("Paris", "a1", parisFrance));
    all.add(place("Paris", "a2", parisTexas));
    all.add(place("Springfield", "a3", springfieldA));
    all.add(place("Springfield", "a4", springfieldB));
    all.add(person("James Baker", "a1"));
    all.add(person("Jim Baker", "a2"));
    all.add(person("Baker", "a3"));
    all.add(person("Paul Volcker", "a1"));
    all.add(person("Paul A. Volcker", "a2"));
    all.add(person("Kim Dae-jung", "a3"));
    all.add(person("Andy Kim", "a4"));
    all.add(person("Kim", "a4"));
    all.add(organization("European Community", "a1"));
    all.add(organization("Export Council", "a2"));
    all.add(organization("EC", "a3"));
    all.add(organization("Chrysler Corp", "a3"));
    all.add(organization("Chrysler Corporation", "a4"));
    return all;
  }

  private static ArticleEntity place(String name, String article, GeoPoint point) {
    return new ArticleEntity(EntityType.PLACE, name, article, "2024-01-01", 1, point);
  }

  private static ArticleEntity person(String name, String article) {
    return new ArticleEntity(EntityType.PERSON, name, article, "2024-01-01", 1, null);
  }

  private static ArticleEntity organization(String name, String article) {
    return new ArticleEntity(EntityType.ORGANIZATION, name, article, "2024-01-01", 1, null);
  }

  @Property(tries = 50)
  void anyOrderGivesTheSameTable(@ForAll Random random) {
    List<Entity> expected = EntityMerger.merge(archive());
    List<ArticleEntity> shuffled = archive();
    Collections.shuffle(shuffled, random);

    assertThat(EntityMerger.merge(shuffled)).containsExactlyElementsOf(expected);
  }

  @Property(tries = 10)
  void tiesAreDecidedTheSameWayInAnyOrder(@ForAll Random random) {
    List<ArticleEntity> shuffled = archive();
    Collections.shuffle(shuffled, random);
    List<Entity> table = EntityMerger.merge(shuffled);

    assertThat(table)
        .filteredOn(e -> e.name().equals("Paris"))
        .extracting(Entity::id, Entity::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("place:paris", "FR"),
            org.assertj.core.groups.Tuple.tuple("place:paris-2", "US"));
    assertThat(table)
        .filteredOn(e -> e.name().equals("Paul A. Volcker"))
        .singleElement()
        .extracting(Entity::aliases)
        .isEqualTo(List.of("Paul Volcker"));
    assertThat(table).extracting(Entity::name).doesNotContain("Kim", "Baker");
  }
}
