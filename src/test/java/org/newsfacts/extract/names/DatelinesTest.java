package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsfacts.extract.names.SpacedLines.in;
import static org.newsfacts.extract.names.SpacedLines.lines;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class DatelinesTest {
  // The gazetteer as far as these tests need it: "Orlen" and "New Orlen City" are places.
  private static final Datelines DATELINES = new Datelines(name -> name.equalsIgnoreCase("ORLEN") || name.equalsIgnoreCase("NEW ORLEN CITY") || name.equalsIgnoreCase("KOBBEL"));

  @Test
  void theWordsBeforeADatelinesDateAreThePlaceTheStoryWasFiledFrom() {
    String text = "SOCCER - ORLEN BEAT VARLO .\nNEW ORLEN CITY 2021-03-04\nOrlen beat Varlo 2-1 .";
    List<Mention> tagged =
        List.of(
            in(0, MentionType.ORGANIZATION, text, "ORLEN"),
            in(1, MentionType.ORGANIZATION, text, "ORLEN CITY"),
            in(2, MentionType.ORGANIZATION, text, "Orlen"));
    assertThat(DATELINES.resolve(tagged, lines(text)))
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.ORGANIZATION, "ORLEN"),
            tuple(MentionType.LOCATION, "NEW ORLEN CITY"),
            tuple(MentionType.ORGANIZATION, "Orlen"));
  }

  @Test
  void aStateAfterACommaIsAPlaceOfItsOwn() {
    String text = "KOBBEL , Mich. 1998-06-24";
    assertThat(DATELINES.resolve(List.of(), lines(text)))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.LOCATION, "KOBBEL"), tuple(MentionType.LOCATION, "Mich."));
  }

  @Test
  void aNameReadWholeThatIsNoKnownPlaceKeepsItsType() {
    // Filed from an organisation's seat: "VARLO COUNCIL" is no place the gazetteer knows.
    String text = "VARLO COUNCIL 1996-08-30\nORLEN 1996-08-30";
    List<Mention> tagged = List.of(in(0, MentionType.ORGANIZATION, text, "VARLO COUNCIL"), in(1, MentionType.ORGANIZATION, text, "ORLEN"));
    assertThat(DATELINES.resolve(tagged, lines(text)))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "VARLO COUNCIL"), tuple(MentionType.LOCATION, "ORLEN"));
  }

  @Test
  void aLineThatIsNoDatelineIsLeftAlone() {
    // Words written as usual before the date, or other words after it: no dateline.
    String text = "Kobbel 1998-06-24\nKOBBEL 1998-06-24 UPDATE";
    assertThat(DATELINES.resolve(List.of(), lines(text))).isEmpty();
  }
}
