package org.newsfacts.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacilityNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Volgograd Arena|true|Volgograd",
        "Nizhny Novgorod Stadium|true|Nizhny Novgorod",
        "Mecca's Grand Mosque|true|Mecca",
        "White House|true|White",
        "Menlo Park|false|Menlo",
        "Fifth Avenue|true|Fifth",
        "Tiananmen Square|true|Tiananmen",
        "Baghdad|false|",
        "Hospital|false|",
      })
  void findsBuildingsAndThePlaceTheirNameStartsWith(String name, boolean facility, String site) {
    assertThat(FacilityNames.isFacility(name)).isEqualTo(facility);
    assertThat(FacilityNames.site(name).orElse(null)).isEqualTo(site);
  }
}
