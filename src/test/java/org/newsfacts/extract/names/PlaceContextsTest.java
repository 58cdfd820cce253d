package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.corenlp.AnnotatedText;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class PlaceContextsTest {
  private static final PlaceContexts PLACES = new PlaceContexts(name -> Set.of("Norland", "Westmarch").contains(name));

  private static List<Mention> resolve(String text, Mention... mentions) {
    AnnotatedText annotated = NameMentions.oneSentence(text);
    return PLACES.resolve(List.of(mentions), annotated);
  }

  @Test
  void aNameAfterTheKindOfPlaceIsAPlaceAndSoIsEveryOtherUseOfIt() {
    String text = "The mill stood in the village of Ashby Tarn until Ashby Tarn grew, near the town of Quell.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.PERSON, text, "Ashby Tarn"),
            NameMentions.last(MentionType.PERSON, text, "Ashby Tarn"));
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.LOCATION, "Ashby Tarn"),
            tuple(MentionType.LOCATION, "Ashby Tarn"),
            tuple(MentionType.LOCATION, "Quell"));
  }

  @Test
  void aPersonFollowedByTheCountryOrStateItLiesInIsAPlace() {
    String text = "The squadron moved to Holbeck, Norland, in June and to Fenn Cross, Westmarch.";
    List<Mention> resolved =
        resolve(
            text,
            NameMentions.first(MentionType.PERSON, text, "Holbeck"),
            NameMentions.first(MentionType.LOCATION, text, "Norland"),
            NameMentions.first(MentionType.PERSON, text, "Fenn Cross"),
            NameMentions.first(MentionType.LOCATION, text, "Westmarch"));
    assertThat(resolved)
        .extracting(Mention::type)
        .containsExactly(MentionType.LOCATION, MentionType.LOCATION, MentionType.LOCATION, MentionType.LOCATION);
  }

  @Test
  void peopleOrganisationsAndUnknownRegionsStayAsTheyAre() {
    String text = "Ann Holm, Norland's envoy, met Holm, Westmarch. Bo Tey, Kessia. The city of Vantor Bank agreed.";
    Mention ann = NameMentions.first(MentionType.PERSON, text, "Ann Holm");
    Mention holm = NameMentions.at(MentionType.PERSON, "Holm", text.indexOf("Holm,", 10));
    Mention bo = NameMentions.first(MentionType.PERSON, text, "Bo Tey");
    Mention bank = NameMentions.first(MentionType.ORGANIZATION, text, "Vantor Bank");
    // "Norland's" is more than a region after the comma, "Holm" is Ann Holm's, "Kessia" is no known
    // region, and the tagger's organisation is left alone.
    assertThat(resolve(text, ann, holm, bo, bank)).containsExactly(ann, holm, bo, bank);
  }
}
