package org.newsfacts.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceGazetteerTest {
  private static final PlaceGazetteer GAZETTEER = PlaceGazetteer.standard();

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # name                 | canonical                         | subtype           | iso
          U.S.                   | United States                     | COUNTRY           | US
          US                     | United States                     | COUNTRY           | US
          U.S.A.                 | United States                     | COUNTRY           | US
          United States          | United States                     | COUNTRY           | US
          the United States      | United States                     | COUNTRY           | US
          America                | United States                     | COUNTRY           | US
          UNITED STATES          | United States                     | COUNTRY           | US
          UK                     | United Kingdom                    | COUNTRY           | GB
          Britain                | United Kingdom                    | COUNTRY           | GB
          Great Britain          | United Kingdom                    | COUNTRY           | GB
          United Kingdom         | United Kingdom                    | COUNTRY           | GB
          Iraq                   | Iraq                              | COUNTRY           | IQ
          Russia                 | Russia                            | COUNTRY           | RU
          Russian Federation     | Russia                            | COUNTRY           | RU
          South Korea            | South Korea                       | COUNTRY           | KR
          North Korea            | North Korea                       | COUNTRY           | KP
          Ivory Coast            | Côte d'Ivoire                     | COUNTRY           | CI
          Cote d'Ivoire          | Côte d'Ivoire                     | COUNTRY           | CI
          Czech Republic         | Czechia                           | COUNTRY           | CZ
          Burma                  | Myanmar                           | COUNTRY           | MM
          Holland                | Netherlands                       | COUNTRY           | NL
          The Netherlands        | Netherlands                       | COUNTRY           | NL
          UAE                    | United Arab Emirates              | COUNTRY           | AE
          USSR                   | Soviet Union                      | COUNTRY           | SU
          Soviet Union           | Soviet Union                      | COUNTRY           | SU
          East Germany           | East Germany                      | COUNTRY           | DD
          West Germany           | West Germany                      | COUNTRY           | -
          Zaire                  | Democratic Republic of the Congo  | COUNTRY           | CD
          Bosnia & Herzegovina   | Bosnia and Herzegovina            | COUNTRY           | BA
          republic of albania    | Albania                           | COUNTRY           | AL
          Lebanon                | Lebanon                           | COUNTRY           | LB
          Georgia                | Georgia                           | COUNTRY           | GE
          Kurdistan              | Kurdistan                         | REGION            | -
          Middle East            | Middle East                       | REGION            | -
          Persian Gulf           | Gulf                              | REGION            | -
          West Bank              | West Bank                         | REGION            | -
          Asia                   | Asia                              | REGION            | -
          California             | California                        | STATE_OR_PROVINCE | -
          Calif.                 | California                        | STATE_OR_PROVINCE | -
          Ontario                | Ontario                           | STATE_OR_PROVINCE | -
          Baghdad                | Baghdad                           | CITY              | -
          Paris                  | Paris                             | CITY              | -
          New York               | New York                          | CITY              | -
          NYC                    | New York                          | CITY              | -
          Washington             | Washington                        | CITY              | -
          Tokyo                  | Tokyo                             | CITY              | -
          rio de janeiro         | Rio de Janeiro                    | CITY              | -
          São Paulo              | Sao Paulo                         | CITY              | -
          St. Petersburg         | Saint Petersburg                  | CITY              | -
          HOUSTON                | Houston                           | CITY              | -
          Tehran                 | Tehran                            | CITY              | -
          Kiev                   | Kyiv                              | CITY              | -
          Berne                  | Bern                              | CITY              | -
          Duesseldorf            | Düsseldorf                        | CITY              | -
          """)
  void looksUpPlaceNamesAsNewsWritesThem(
      String name, String canonical, String subtype, String iso) {
    assertThat(GAZETTEER.lookup(name)).contains(new PlaceInfo(canonical, subtype, iso));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Iraqi, Iraq",
    "American, United States",
    "Americans, United States",
    "British, United Kingdom",
    "Dutch, Netherlands",
    "French, France",
    "Canadian, Canada",
    "Italian, Italy",
    "Chinese, China",
    "Pakistani, Pakistan",
    "Nigerian, Nigeria",
    "Nigerien, Niger",
    "Saudi, Saudi Arabia",
    "South Korean, South Korea",
    "Soviet, Soviet Union",
    "Palestinian, Palestinian Territories",
    "Israeli, Israel",
    "IRANIAN, Iran",
    "German, Germany",
    "Somali, Somalia",
    "Laotian, Laos",
  })
  void findsTheCountryOfANationality(String adjective, String country) {
    assertThat(GAZETTEER.countryOfNationality(adjective)).contains(country);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Roman", "European", "Asian", "Arab", "Hispanic", "Iraq", "", "xyzzy"})
  void findsNoCountryForWordsThatAreNoNationalityOfOne(String word) {
    assertThat(GAZETTEER.countryOfNationality(word)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "...", "xyzzy land", "Ph", "Perfidious Albion", "the"})
  void knowsNothingOfNamesThatAreNoPlace(String name) {
    assertThat(GAZETTEER.lookup(name)).isEmpty();
  }

  @Test
  void treatsNullAsUnknown() {
    assertThat(GAZETTEER.lookup(null)).isEmpty();
    assertThat(GAZETTEER.countryOfNationality(null)).isEmpty();
  }

  @Test
  void knowsTheCountryOfCuratedStatesAndCities() {
    assertThat(GAZETTEER.countryOf("California")).map(PlaceInfo::iso).contains("US");
    assertThat(GAZETTEER.countryOf("Quebec")).map(PlaceInfo::iso).contains("CA");
    assertThat(GAZETTEER.countryOf("U.S.")).map(PlaceInfo::iso).contains("US");
    assertThat(GAZETTEER.countryOf("Baghdad")).isEmpty();
  }

  @Test
  void readsTensOfThousandsOfPlacesFromTheCoreNlpGazetteer() {
    assertThat(GAZETTEER.size()).isGreaterThan(30_000);
  }

  @Test
  void worksFromJdkAndCuratedListsWhenTheModelsJarIsMissing() {
    PlaceGazetteer small = PlaceGazetteer.withoutCoreNlp();

    assertThat(small.lookup("U.S.")).contains(new PlaceInfo("United States", "COUNTRY", "US"));
    assertThat(small.lookup("Baghdad")).isEmpty();
    assertThat(small.countryOfNationality("Dutch")).contains("Netherlands");
  }

  @Test
  void givesEveryCountryOfTheJdkItsIsoCode() {
    for (String iso : Locale.getISOCountries()) {
      String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
      assertThat(GAZETTEER.lookup(name)).as(name).map(PlaceInfo::iso).contains(iso);
    }
  }

  @Test
  void findsEveryPlaceAgainByItsCanonicalName() {
    List<String> broken = new ArrayList<>();
    for (PlaceInfo place : GAZETTEER.places()) {
      if (!GAZETTEER.lookup(place.canonical()).equals(Optional.of(place))) {
        broken.add(place + " -> " + GAZETTEER.lookup(place.canonical()));
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void usesOnlyKnownSubtypes() {
    assertThat(GAZETTEER.places())
        .extracting(PlaceInfo::subtype)
        .allMatch(
            Map.of("COUNTRY", 1, "STATE_OR_PROVINCE", 1, "CITY", 1, "REGION", 1)::containsKey);
  }
}
