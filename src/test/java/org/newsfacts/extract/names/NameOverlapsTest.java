package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class NameOverlapsTest {
  private static final String TEXT = "Rice prices will rise, He Lin, the farm minister, told the Varlo Group in 1998.";

  @Test
  void aNameInsideALongerNameIsRefusedWhicheverComesFirst() {
    Mention pronoun = NameMentions.first(MentionType.PERSON, TEXT, "He");
    Mention person = NameMentions.first(MentionType.PERSON, TEXT, "He Lin");
    assertThat(NameOverlaps.refused(List.of(pronoun, person)))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.PERSON, "He Lin"));
    assertThat(NameOverlaps.refused(List.of(person, pronoun)))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.PERSON, "He Lin"));
  }

  @Test
  void aNameARuleAddsOverOneAlreadyThereIsRefused() {
    Mention group = NameMentions.first(MentionType.ORGANIZATION, TEXT, "Varlo Group");
    Mention person = NameMentions.first(MentionType.PERSON, TEXT, "He Lin");
    Mention across = NameMentions.first(MentionType.PERSON, TEXT, "the Varlo");
    Mention inside = NameMentions.first(MentionType.LOCATION, TEXT, "Varlo");
    Mention untagged = NameMentions.first(MentionType.LOCATION, TEXT, "Rice");
    assertThat(NameOverlaps.addedRefused(List.of(person, group), List.of(untagged, person, across, inside, group)))
        .extracting(Mention::type, Mention::text)
        .containsExactly(
            tuple(MentionType.LOCATION, "Rice"), tuple(MentionType.PERSON, "He Lin"), tuple(MentionType.ORGANIZATION, "Varlo Group"));
  }

  @Test
  void aDateInsideANameIsNoName() {
    Mention group = NameMentions.first(MentionType.ORGANIZATION, TEXT, "Varlo Group in 1998");
    Mention year = NameMentions.first(MentionType.DATE, TEXT, "1998");
    assertThat(NameOverlaps.refused(List.of(group, year))).containsExactly(group, year);
  }
}
