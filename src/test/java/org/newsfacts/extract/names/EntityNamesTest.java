package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.places.PlaceGazetteer;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class EntityNamesTest {
  private final EntityNames names = new EntityNames(PlaceGazetteer.standard());

  private static Mention place(String text, String in) {
    int start = in.indexOf(text);
    return new Mention(MentionType.LOCATION, start, start + text.length(), text, null, null, null, null, null, 0);
  }

  @Test
  void aHeadlinesLastPlaceAndTheDatelineUnderItAreTwoPlaces() {
    String text = "JAPANESE BANKS LEND 20 BILLION YEN TO GREECE\nATHENS, June 29 - The loan.";

    List<Mention> out = names.canonicalise(List.of(place("GREECE\nATHENS", text)), text);

    assertThat(out).extracting(Mention::text).containsExactly("GREECE", "ATHENS");
    assertThat(out).extracting(Mention::canonical).containsExactly("Greece", "Athens");
    assertThat(out.get(1).start()).isEqualTo(text.indexOf("ATHENS"));
    assertThat(out.get(1).end()).isEqualTo(text.indexOf("ATHENS") + 6);
    assertThat(out.get(0).iso()).isEqualTo("GR");
  }

  @Test
  void aPlaceNameWrappedOverTwoLinesStaysOnePlace() {
    String text = "talks with the United\nStates on Friday, and in Santa\nBarbara.";

    List<Mention> out =
        names.canonicalise(List.of(place("United\nStates", text), place("Santa\nBarbara", text)), text);

    assertThat(out).extracting(Mention::canonical).containsExactly("United States", "Santa Barbara");
  }
}
