package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.PlaceFact;

class FactDescriptionsTest {
  @Test
  void aPlaceShowsItsCountryAndPointWhenResolved() {
    PlaceFact mosul =
        new PlaceFact("Mosul", "CITY", null, 1, 0, 5, "Mosul.")
            .located(new GeoPoint(36.335, 43.1189, "IQ", "geonames:99072"));
    PlaceFact iraq =
        new PlaceFact("Iraq", "COUNTRY", "IQ", 1, 0, 4, "Iraq.")
            .located(new GeoPoint(33.0, 44.0, "IQ", "iso3166:IQ"));

    assertThat(FactDescriptions.describe(mosul)).isEqualTo("Mosul (CITY, IQ; 36.335, 43.1189)");
    assertThat(FactDescriptions.describe(iraq)).isEqualTo("Iraq (COUNTRY, IQ; 33, 44)");
  }

  @Test
  void anUnresolvedPlaceShowsWhatIsKnown() {
    assertThat(FactDescriptions.describe(new PlaceFact("Atlantis", null, null, 1, 0, 8, "Atlantis.")))
        .isEqualTo("Atlantis");
    assertThat(FactDescriptions.describe(new PlaceFact("Gondor", "REGION", null, 1, 0, 6, "Gondor.")))
        .isEqualTo("Gondor (REGION)");
  }
}
