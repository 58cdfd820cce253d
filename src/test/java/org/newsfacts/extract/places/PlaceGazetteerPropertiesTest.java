package org.newsfacts.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlaceGazetteerPropertiesTest {
  private static final PlaceGazetteer GAZETTEER = PlaceGazetteer.standard();
  private static final List<PlaceInfo> PLACES = new ArrayList<>(GAZETTEER.places());

  @Property
  void lookingUpACanonicalNameGivesThePlaceBack(@ForAll("places") PlaceInfo place) {
    assertThat(GAZETTEER.lookup(place.canonical())).contains(place);
  }

  @Property
  void ignoresCaseSurroundingSpaceAndALeadingThe(
      @ForAll("places") PlaceInfo place, @ForAll("caseChanges") String change) {
    assertThat(GAZETTEER.lookup(changeCase(change, place.canonical()))).contains(place);
  }

  @Property
  void neverThrowsOnArbitraryNames(@ForAll String name) {
    assertThatCode(() -> GAZETTEER.lookup(name)).doesNotThrowAnyException();
    assertThatCode(() -> GAZETTEER.countryOfNationality(name)).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<PlaceInfo> places() {
    return Arbitraries.of(PLACES);
  }

  @Provide
  Arbitrary<String> caseChanges() {
    return Arbitraries.of("upper", "lower", "padded", "the");
  }

  private static String changeCase(String change, String name) {
    if (change.equals("upper")) {
      return name.toUpperCase(Locale.ROOT);
    }
    if (change.equals("lower")) {
      return name.toLowerCase(Locale.ROOT);
    }
    return change.equals("padded") ? "  " + name + " " : "the " + name;
  }
}
