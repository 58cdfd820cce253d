package org.newsfacts.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/** Resolution rules on a small hand-made table; the shipped tables are tested apart. */
class GeocoderTest {
  private static final List<GeoNamesTable.Row> ROWS =
      List.of(
          row(2988507, "Paris", 48.85341, 2.3488, "PPLC", "FR", "11", 2138551),
          row(4717560, "Paris", 33.66094, -95.55551, "PPLA2", "US", "TX", 24782),
          row(4246659, "Paris", 39.61115, -87.69141, "PPLA2", "US", "IL", 8837),
          row(2996944, "Lyon", 45.74846, 4.84671, "PPLA", "FR", "84", 472317),
          row(4699066, "Houston", 29.76328, -95.36327, "PPLA2", "US", "TX", 2099451),
          row(2646507, "Houston", 55.86859, -4.55201, "PPL", "GB", "SCT", 7031),
          row(1850147, "Tokyo", 35.6895, 139.69171, "PPLC", "JP", "40", 8336599),
          row(5128581, "New York City", 40.71427, -74.00597, "PPL", "US", "NY", 8175133),
          row(5106292, "Albany", 42.65258, -73.75623, "PPLA", "US", "NY", 97856),
          row(4179574, "Albany", 31.57851, -84.15574, "PPLA2", "US", "GA", 76185),
          row(2077963, "Albany", -35.02692, 117.88369, "PPL", "AU", "08", 31128),
          row(2063523, "Perth", -31.95224, 115.8614, "PPLA", "AU", "08", 1896548),
          row(4667282, "White House", 36.47032, -86.65138, "PPL", "US", "TN", 11866),
          row(3014084, "Grand", 48.38, 5.48, "PPL", "FR", "44", 1200),
          row(472757, "Volgograd", 48.71939, 44.50183, "PPLA", "RU", "84", 1011417),
          row(104515, "Mecca", 21.42664, 39.82563, "PPLA", "SA", "14", 1323624));

  private static GeoNamesTable.Row row(
      long id, String name, double lat, double lon, String code, String country, String admin1, long people) {
    return new GeoNamesTable.Row(
        new GeoNamesPlace(id, name, lat, lon, code, country, admin1, people), List.of(name));
  }

  private final Geocoder geocoder =
      new Geocoder(PlaceGazetteer.standard(), new GeoNamesTable(ROWS));

  /** Mentions as the extractor canonicalises them: "Paris" or "Texas|STATE_OR_PROVINCE" or "France|COUNTRY|FR". */
  private static List<Mention> places(String... specs) {
    List<Mention> mentions = new ArrayList<>();
    int offset = 0;
    for (String spec : specs) {
      String[] f = spec.split("\\|");
      String subtype = f.length > 1 ? f[1] : null;
      String iso = f.length > 2 ? f[2] : null;
      MentionType type = subtype != null && subtype.equals("NAT") ? MentionType.MISC : MentionType.LOCATION;
      mentions.add(
          new Mention(type, offset, offset + f[0].length(), f[0], null, type == MentionType.MISC ? null : f[0],
              type == MentionType.MISC ? null : subtype, iso, null, 0));
      offset += f[0].length() + 1;
    }
    return mentions;
  }

  private GeoPoint pointOf(List<Mention> located, String name) {
    return located.stream().filter(m -> m.text().equals(name)).findFirst().orElseThrow().geoPoint();
  }

  @Test
  void aCityAloneIsTheMostPopulousOfItsName() {
    assertThat(pointOf(geocoder.locate(places("Paris")), "Paris").gazetteerId()).isEqualTo("geonames:2988507");
  }

  @Test
  void theStateTheArticleNamesPicksTheSmallerPlace() {
    GeoPoint paris = pointOf(geocoder.locate(places("Paris", "Texas|STATE_OR_PROVINCE")), "Paris");
    assertThat(paris.gazetteerId()).isEqualTo("geonames:4717560");
    assertThat(paris.country()).isEqualTo("US");
  }

  @Test
  void theCountriesOfTheArticlesOtherCitiesCount() {
    // Albany alone is Albany, New York (the largest); beside Perth, or Australians, Australia's.
    assertThat(pointOf(geocoder.locate(places("Albany")), "Albany").country()).isEqualTo("US");
    assertThat(pointOf(geocoder.locate(places("Albany", "Perth")), "Albany").gazetteerId())
        .isEqualTo("geonames:2077963");
    assertThat(pointOf(geocoder.locate(places("Albany", "Australians|NAT")), "Albany").country())
        .isEqualTo("AU");
  }

  @Test
  void countriesStatesAndRegionsGetARepresentativePoint() {
    List<Mention> located =
        geocoder.locate(places("Japan|COUNTRY|JP", "Texas|STATE_OR_PROVINCE", "Middle East|REGION"));
    GeoPoint japan = pointOf(located, "Japan");
    assertThat(japan.gazetteerId()).isEqualTo("iso3166:JP");
    assertThat(japan.kilometresTo(new GeoPoint(35.68536, 139.75309, "JP", "x"))).isLessThan(400);
    GeoPoint texas = pointOf(located, "Texas");
    assertThat(texas.gazetteerId()).isEqualTo("geonames-admin1:US.TX");
    assertThat(texas.lat()).isCloseTo(31.7, within(2.0)); // the mean of Paris and Houston here
    assertThat(pointOf(located, "Middle East").country()).isNull();
  }

  @Test
  void everyMentionOfAPlaceGetsItsPointAndOthersStayAsTheyWere() {
    List<Mention> mentions = new ArrayList<>(places("Tokyo", "Tokyo", "Atlantis"));
    mentions.add(new Mention(MentionType.PERSON, 30, 35, "Smith", null, "Smith", null, null, null, 0));
    List<Mention> located = geocoder.locate(mentions);
    assertThat(located.get(0).lat()).isEqualTo(35.6895);
    assertThat(located.get(1).lon()).isEqualTo(139.69171);
    assertThat(located.get(2).geoPoint()).isNull();
    assertThat(located.get(3)).isEqualTo(mentions.get(3));
  }

  @Test
  void namingTheCountryOfASmallNamesakeIsNotEnoughToBeatAWorldCity() {
    // Nearly every American story names the United States and American cities: that alone does
    // not make "Paris" Paris, Texas, or "London" a town in Ohio. Naming Texas does.
    List<Mention> american = geocoder.locate(places("Paris", "United States|COUNTRY|US", "Houston", "Albany"));
    assertThat(pointOf(american, "Paris").country()).isEqualTo("FR");

    List<Mention> texan = geocoder.locate(places("Paris", "United States|COUNTRY|US", "Texas|STATE_OR_PROVINCE"));
    assertThat(pointOf(texan, "Paris").gazetteerId()).isEqualTo("geonames:4717560");
  }

  @Test
  void aProvinceWhoseTownsLieAtOneEndHasItsGivenPoint() {
    // Ontario's towns are nearly all in the south: the middle of their box would be 300 km off.
    GeoPoint ontario =
        pointOf(geocoder.locate(places("Ontario|STATE_OR_PROVINCE")), "Ontario");
    assertThat(ontario.kilometresTo(new GeoPoint(49.25, -84.5, "CA", "x"))).isLessThan(1);
    assertThat(ontario.gazetteerId()).isEqualTo("geonames-admin1:CA.08");
  }

  @Test
  void georgiaIsTheStateInAnAmericanStoryAndTheCountryBesideRussia() {
    GeoPoint inAmerica =
        pointOf(geocoder.locate(places("Georgia|COUNTRY|GE", "United States|COUNTRY|US", "Texas|STATE_OR_PROVINCE")),
            "Georgia");
    assertThat(inAmerica.gazetteerId()).isEqualTo("geonames-admin1:US.GA");
    assertThat(inAmerica.country()).isEqualTo("US");

    GeoPoint inTheCaucasus =
        pointOf(geocoder.locate(places("Georgia|COUNTRY|GE", "Russia|COUNTRY|RU")), "Georgia");
    assertThat(inTheCaucasus.gazetteerId()).isEqualTo("iso3166:GE");
    assertThat(pointOf(geocoder.locate(places("Georgia|COUNTRY|GE")), "Georgia").country()).isEqualTo("GE");
  }

  @Test
  void aBuildingIsWhereThePlaceItsNameStartsWithIs() {
    List<Mention> located = geocoder.locate(places("Volgograd Arena", "Mecca's Grand Mosque"));

    assertThat(pointOf(located, "Volgograd Arena").gazetteerId()).isEqualTo("geonames:472757");
    assertThat(pointOf(located, "Mecca's Grand Mosque").gazetteerId()).isEqualTo("geonames:104515");
  }

  @Test
  void aBuildingNamingNoPlaceIsNoTownOfItsName() {
    // Better no point than White House, Tennessee for the White House, or a French village for
    // a mosque: a landmark of its own is where it stands, any other building stays unplaced.
    List<Mention> located =
        geocoder.locate(places("White House", "Grand Mosque", "Jamarat Bridge", "Texas|STATE_OR_PROVINCE"));

    GeoPoint whiteHouse = pointOf(located, "White House");
    assertThat(whiteHouse.kilometresTo(new GeoPoint(38.8977, -77.0365, "US", "x"))).isLessThan(5);
    assertThat(pointOf(located, "Grand Mosque")).isNull();
    assertThat(pointOf(located, "Jamarat Bridge")).isNull();
    assertThat(pointOf(geocoder.locate(places("Fifth Avenue")), "Fifth Avenue")).isNull();
  }

  @Test
  void seasAndStraitsHaveTheirPoint() {
    List<Mention> located = geocoder.locate(places("Strait of Hormuz|REGION", "South China Sea|REGION"));

    assertThat(pointOf(located, "Strait of Hormuz").kilometresTo(new GeoPoint(26.57, 56.25, null, "x")))
        .isLessThan(100);
    assertThat(pointOf(located, "South China Sea").country()).isNull();
  }

  @Test
  void countriesAreAtThePointGazetteersGiveThem() {
    // The United States at the centre of the contiguous states, where GeoNames puts it, not at
    // the centroid of an outline or an atlas's rounded point 235 km away.
    GeoPoint us = pointOf(geocoder.locate(places("United States|COUNTRY|US")), "United States");
    assertThat(us.kilometresTo(new GeoPoint(39.76, -98.5, "US", "x"))).isLessThan(20);
    GeoPoint norway = pointOf(geocoder.locate(places("Norway|COUNTRY|NO")), "Norway");
    assertThat(norway.kilometresTo(new GeoPoint(62, 10, "NO", "x"))).isLessThan(50);
  }

  @Test
  void distancesAreGreatCircle() {
    GeoPoint paris = new GeoPoint(48.85341, 2.3488, "FR", "a");
    GeoPoint lyon = new GeoPoint(45.74846, 4.84671, "FR", "b");
    assertThat(paris.kilometresTo(lyon)).isCloseTo(392, within(5.0));
  }
}
