package org.newsfacts.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

class FactCodecTest {
  @Test
  void everySampleFactReadsBackEqual() {
    for (var article : SampleArticles.all()) {
      for (Fact fact : article.facts()) {
        assertThat(FactCodec.decode(FactCodec.encode(fact))).isEqualTo(fact);
      }
    }
  }

  @Test
  void nullsAndEmptyListsSurvive() {
    List<Fact> facts =
        List.of(
            new PersonFact("A", null, 0, 0, 0, null),
            new PlaceFact("B", null, null, 3, 1, 2, ""),
            new QuantityFact(new BigDecimal("1.8E+9"), "USD", "USD", null, null, null, 5, 9, "s"),
            new QuantityFact(
                new BigDecimal("120"), new BigDecimal("150"), "kilometre", "length", null,
                new BigDecimal("120000"), "~", "between 120 and 150", "Iraq", "2024-01", 3, 30, "s"),
            new QuantityFact(BigDecimal.TEN, null, null, null, null, null, null, "10", null, null, 0, 2, null),
            new EventFact("PRESENT_REF", null, List.of(), List.of(), 0, 0, null));
    for (Fact fact : facts) {
      assertThat(FactCodec.decode(FactCodec.encode(fact))).isEqualTo(fact);
    }
  }

  @Test
  void aPlaceKeepsItsPointCountryAndGazetteerEntry() {
    PlaceFact tokyo =
        new PlaceFact("Tokyo", "CITY", null, 2, 10, 15, "In Tokyo.")
            .located(new GeoPoint(35.6895, 139.69171, "JP", "geonames:1850147"));

    PlaceFact read = (PlaceFact) FactCodec.decode(FactCodec.encode(tokyo));

    assertThat(read).isEqualTo(tokyo);
    assertThat(read.lat()).isEqualTo(35.6895);
    assertThat(read.country()).isEqualTo("JP");
  }

  @Test
  void aPlaceStoredBeforePlacesHadPointsStillReads() {
    // The layout of an index written before points were stored: no bytes after the sentence.
    PlaceFact located =
        new PlaceFact("Tokyo", "CITY", null, 2, 10, 15, "In Tokyo.")
            .located(new GeoPoint(35.6895, 139.69171, "JP", "geonames:1850147"));
    BytesRef full = FactCodec.encode(located);
    BytesRef old = FactCodec.encode(new PlaceFact("Tokyo", "CITY", null, 2, 10, 15, "In Tokyo."));

    assertThat(full.length).isGreaterThan(old.length);
    assertThat(FactCodec.decode(old)).isEqualTo(new PlaceFact("Tokyo", "CITY", null, 2, 10, 15, "In Tokyo."));
  }

  @Property
  void anyPointRoundTrips(
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll @CharRange(from = 'A', to = 'Z') String country) {
    PlaceFact place =
        new PlaceFact("P", null, null, 1, 0, 1, "P.").located(new GeoPoint(lat, lon, country, "geonames:1"));
    assertThat(FactCodec.decode(FactCodec.encode(place))).isEqualTo(place);
  }

  @Property
  void anyTextAndOffsetsRoundTrip(
      @ForAll @CharRange(from = '\u0000', to = '\uD7FF') String name,
      @ForAll @CharRange(from = '\u0000', to = '\uD7FF') String sentence,
      @ForAll int start,
      @ForAll int end,
      @ForAll List<@CharRange(from = ' ', to = '\uD7FF') String> people) {
    // Text from Java strings without lone surrogates, which UTF-8 cannot carry.
    Fact person = new PersonFact(name, sentence, Math.abs(start % 1000), start, end, sentence);
    Fact event = new EventFact(name, sentence, people, List.of(name), start, end, sentence);
    assertThat(FactCodec.decode(FactCodec.encode(person))).isEqualTo(person);
    assertThat(FactCodec.decode(FactCodec.encode(event))).isEqualTo(event);
  }
}
