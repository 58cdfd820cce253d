package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

class NameTypesTest {
  @Test
  void anAddedMentionOverlappingOneAlreadyThereIsLeftOut() {
    String text = "Volt Industries Inc said VI's board met. VI's chief left.";
    int second = text.lastIndexOf("VI's");
    List<Mention> tagged =
        List.of(NameMentions.first(MentionType.ORGANIZATION, text, "Volt Industries Inc"),
            NameMentions.at(MentionType.ORGANIZATION, "VI's", second));
    List<Mention> added =
        List.of(NameMentions.at(MentionType.ORGANIZATION, "VI", second),
            NameMentions.at(MentionType.ORGANIZATION, "VI", text.indexOf("VI's")));
    assertThat(NameTypes.withAdded(tagged, added))
        .extracting(Mention::start, Mention::text)
        .containsExactly(
            tuple(0, "Volt Industries Inc"), tuple(text.indexOf("VI's"), "VI"), tuple(second, "VI's"));
  }
}
