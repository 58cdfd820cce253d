package org.newsfacts.extract.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChangeMarkersPropertiesTest {

  private static final Map<String, String> OR_WORDS =
      Map.of("more", ">", "older", ">", "over", ">", "less", "<", "fewer", "<", "younger", "<", "so", "~");

  @Provide
  Arbitrary<String> nouns() {
    return Arbitraries.of("sales", "profit", "fares", "output", "rents", "forecast", "budget", "tax");
  }

  @Provide
  Arbitrary<String> halves() {
    return Arbitraries.of("full", "year", "long", "term", "high", "speed", "mid", "size", "cross", "border",
        "low", "cost", "state", "owned", "peak", "hour", "price", "linked", "well", "known");
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("raised", "lifted", "raising", "cut", "cutting", "lowered", "slashed", "trimmed");
  }

  @Property
  void aCompoundWordInTheObjectReadsLikeOneWord(
      @ForAll("verbs") String verb, @ForAll("halves") String left, @ForAll("halves") String right,
      @ForAll("nouns") String noun) {
    // "raised its full-year sales forecast by", as the tokenizer splits it
    List<String> split = List.of("the", "firm", verb, "its", left, "-", right, noun, "by");
    List<String> whole = List.of("the", "firm", verb, "its", left + right, noun, "by");

    assertThat(ChangeMarkers.of(split, "5%")).isEqualTo(ChangeMarkers.of(whole, "5%")).isIn("up", "down");
  }

  @Property
  void aBoundWrittenAfterTheFigureWithOrQualifiesAPlainFigure(
      @ForAll("orWords") String word, @ForAll("nouns") String noun) {
    List<String> after = new ArrayList<>(List.of("or", word));

    assertThat(ChangeMarkers.after("=", after)).isEqualTo(OR_WORDS.get(word));
    assertThat(ChangeMarkers.after("down", after)).isEqualTo("down");
    assertThat(ChangeMarkers.after("=", List.of(noun, "or"))).isEqualTo("=");
  }

  @Provide
  Arbitrary<String> orWords() {
    return Arbitraries.of(OR_WORDS.keySet());
  }
}
