package org.newsfacts.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.PersonFact;

class EntityMergerTest {
  private final List<ArticleEntity> archive = new ArrayList<>();
  private int articles;

  /** One article naming these entities ("person:Ronald Reagan", "org:Reuters"). */
  private void article(String published, String... entities) {
    String id = "a" + (++articles);
    for (String entity : entities) {
      String[] typeAndName = entity.split(":", 2);
      archive.add(
          new ArticleEntity(EntityType.parse(typeAndName[0]), typeAndName[1], id, published, 2, null));
    }
  }

  private Optional<Entity> find(String name) {
    return EntityMerger.merge(archive).stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private List<String> names(String type) {
    return EntityMerger.merge(archive).stream()
        .filter(e -> e.type().equals(type))
        .map(Entity::name)
        .toList();
  }

  @Test
  void loneSurnameJoinsTheOneFullNameWithIt() {
    for (int i = 0; i < 8; i++) {
      article("1987-03-0" + (i + 1), "person:Ronald Reagan");
    }
    article("1987-04-01", "person:Nancy Reagan");
    article("1987-05-01", "person:Reagan");
    article("1987-06-01", "person:Reagan", "person:Ronald Reagan");

    Entity reagan = find("Ronald Reagan").orElseThrow();
    assertThat(reagan.articles()).isEqualTo(10);
    assertThat(reagan.aliases()).containsExactly("Reagan");
    assertThat(reagan.first()).isEqualTo("1987-03-01");
    assertThat(reagan.last()).isEqualTo("1987-06-01");
    assertThat(reagan.mentions()).isEqualTo(22);
    assertThat(reagan.id()).isEqualTo("person:ronald-reagan");
    assertThat(find("Nancy Reagan")).get().extracting(Entity::articles).isEqualTo(1);
    assertThat(names("person")).doesNotContain("Reagan");
  }

  @Test
  void anAmbiguousSurnameJoinsNobodyAndIsNoPersonOfItsOwn() {
    article("1987-01-01", "person:James Baker");
    article("1987-01-02", "person:Howard Baker");
    article("1987-01-03", "person:Baker");

    assertThat(names("person")).containsExactlyInAnyOrder("James Baker", "Howard Baker");
    assertThat(find("James Baker").orElseThrow().aliases()).isEmpty();
  }

  @Test
  void aFirstNameAloneIsNoEntityAndNeverMerged() {
    article("2024-01-01", "person:Joe Biden");
    article("2024-01-02", "person:Joe Manchin");
    article("2024-01-03", "person:Joe");
    article("2024-01-04", "person:Joe");

    assertThat(names("person")).containsExactlyInAnyOrder("Joe Biden", "Joe Manchin");
    assertThat(find("Joe Biden").orElseThrow().articles()).isEqualTo(1);
  }

  @Test
  void aWordTheArchiveWritesMoreAsAFirstNameJoinsNobodyEvenWithOneFullNameEndingInIt() {
    article("2000-06-01", "person:Kim Dae-jung");
    article("2000-06-02", "person:Kim Dae-jung");
    article("2000-06-03", "person:Kim Jong-il");
    article("2000-06-04", "person:Andy Kim");
    article("2000-06-05", "person:Kim");
    article("2000-06-06", "person:Kim");

    assertThat(names("person")).containsExactlyInAnyOrder("Kim Dae-jung", "Kim Jong-il", "Andy Kim");
    assertThat(find("Andy Kim").orElseThrow().articles()).isEqualTo(1);
    assertThat(find("Andy Kim").orElseThrow().aliases()).isEmpty();
  }

  @Test
  void wrappedNamesAndMiddleInitialsAreTheSamePerson() {
    article("1987-02-01", "person:Paul\nVolcker");
    article("1987-02-02", "person:Paul Volcker");
    article("1987-02-03", "person:Paul A. Volcker");
    article("1987-02-04", "person:Volcker");

    Entity volcker = find("Paul Volcker").orElseThrow();
    assertThat(volcker.articles()).isEqualTo(4);
    assertThat(volcker.aliases()).containsExactlyInAnyOrder("Paul A. Volcker", "Volcker");
    assertThat(EntityMerger.merge(archive)).allSatisfy(e -> assertThat(e.name()).doesNotContain("\n"));
  }

  @Test
  void aWireSignOffIsNoPerson() {
    article("1987-01-01", "person:Reuter", "org:Reuters");
    article("1987-01-02", "person:Reuter", "org:Reuters");
    article("1987-01-03", "org:Reuters");

    assertThat(names("person")).isEmpty();
    assertThat(names("organization")).containsExactly("Reuters");
  }

  @Test
  void aMononymTheArchiveNamesNoOtherWayIsAPerson() {
    article("1987-01-01", "person:Khomeini");
    article("1987-01-02", "person:Khomeini");

    assertThat(find("Khomeini")).get().extracting(Entity::articles).isEqualTo(2);
  }

  @Test
  void organisationsMergeOverLegalFormsAndTheirAcronym() {
    article("1987-01-01", "org:Chrysler Corp");
    article("1987-01-02", "org:Chrysler Corp");
    article("1987-01-03", "org:Chrysler Corporation");
    article("1987-01-04", "org:Organization of Petroleum Exporting Countries");
    article("1987-01-05", "org:OPEC");
    article("1987-01-06", "org:OPEC");

    assertThat(find("Chrysler Corp").orElseThrow().aliases()).containsExactly("Chrysler Corporation");
    Entity opec = find("Organization of Petroleum Exporting Countries").orElseThrow();
    assertThat(opec.articles()).isEqualTo(3);
    assertThat(opec.aliases()).containsExactly("OPEC");
  }

  @Test
  void placesMergeByTheirGazetteerEntryAndKeepItsPoint() {
    GeoPoint beijing = new GeoPoint(39.9075, 116.39723, "CN", "geonames:1816670");
    archive.add(new ArticleEntity(EntityType.PLACE, "Beijing", "a1", "1987-01-01", 1, beijing));
    archive.add(new ArticleEntity(EntityType.PLACE, "Beijing", "a2", "1987-01-02", 3, beijing));
    archive.add(new ArticleEntity(EntityType.PLACE, "Peking", "a3", "1987-01-03", 1, beijing));
    archive.add(new ArticleEntity(EntityType.PLACE, "Atlantis", "a3", "1987-01-03", 1, null));

    Entity place = find("Beijing").orElseThrow();
    assertThat(place.articles()).isEqualTo(3);
    assertThat(place.aliases()).containsExactly("Peking");
    assertThat(place.lat()).isEqualTo(39.9075);
    assertThat(place.country()).isEqualTo("CN");
    assertThat(place.gazetteerId()).isEqualTo("geonames:1816670");
    assertThat(find("Atlantis").orElseThrow().lat()).isNull();
  }

  @Test
  void anArticleReadFromSeveralPublicationsCountsOnceForEachButIsOneStory() {
    archive.add(new ArticleEntity(EntityType.PERSON, "Paul Volcker", "a1", "1987-03-02", 2, null, 1));
    archive.add(new ArticleEntity(EntityType.PERSON, "Paul Volcker", "a2", "1987-03-03", 1, null, 0));
    archive.add(new ArticleEntity(EntityType.PERSON, "Volcker", "a2", "1987-03-03", 1, null, 0));

    Entity volcker = find("Paul Volcker").orElseThrow();
    assertThat(volcker.articles()).isEqualTo(3);
    assertThat(volcker.stories()).isEqualTo(2);
    assertThat(volcker.mentions()).isEqualTo(4);
  }

  @Test
  void theTableRoundTripsThroughItsFile() {
    GeoPoint tokyo = new GeoPoint(35.6895, 139.69171, "JP", "geonames:1850147");
    archive.add(new ArticleEntity(EntityType.PLACE, "Tokyo", "a1", "1987-01-01", 1, tokyo, 2));
    article("1987-01-02", "person:Ronald Reagan", "person:Reagan");
    for (Entity e : EntityMerger.merge(archive)) {
      assertThat(EntityStore.parse(EntityStore.format(e))).isEqualTo(e);
    }
  }

  @Test
  void aWomansFormOfAddressKeepsHerApart() {
    for (int i = 0; i < 4; i++) {
      article("1987-03-0" + (i + 1), "person:Ronald Reagan");
    }
    article("1987-04-01", "person:Mrs Reagan");
    article("1987-04-02", "person:Reagan");
    article("1987-04-03", "person:President Reagan");

    assertThat(find("Ronald Reagan").orElseThrow().aliases())
        .containsExactlyInAnyOrder("Reagan", "President Reagan");
    assertThat(find("Mrs Reagan")).isPresent();
  }

  @Test
  void aBylineOrSignOffAloneOnItsLineIsNoPerson() {
    assertThat(ArticleEntity.isSignOff(new PersonFact("REUTER", null, 1, 10, 16, "REUTER"))).isTrue();
    assertThat(ArticleEntity.isSignOff(new PersonFact("Paul Volcker", null, 1, 0, 12, "Paul Volcker said."))).isFalse();
  }
}
