package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class OfAndNamesTest {
  @Test
  void anOrganisationNamedByWhatItIsOfGoesOnOverAnd() {
    String text = "The Varlo Institute of Soils and Crop Sciences said yields fell.";
    List<Mention> resolved =
        OfAndNames.resolve(List.of(NameMentions.first(MentionType.ORGANIZATION, text, "Varlo Institute of Soils")), text);
    assertThat(resolved)
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Varlo Institute of Soils and Crop Sciences"));
  }

  @Test
  void aTaggedNameAfterAndOrANameWithoutOfStaysApart() {
    String text = "The Bank of Tessen and Norvale agreed, as did Halden and Kobb Partners.";
    List<Mention> tagged =
        List.of(
            NameMentions.first(MentionType.ORGANIZATION, text, "Bank of Tessen"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Norvale"),
            NameMentions.first(MentionType.ORGANIZATION, text, "Halden"));
    assertThat(OfAndNames.resolve(tagged, text)).isEqualTo(tagged);
  }
}
