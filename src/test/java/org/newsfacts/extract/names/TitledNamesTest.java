package org.newsfacts.extract.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.FactExtractor;
import org.newsfacts.fact.Article;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/**
 * Through the real pipeline: the 3-class model reads "Tesla" before a title as a person and
 * the chief executive after it as an organisation; the title between them sets both right.
 */
class TitledNamesTest {
  private static List<Mention> names(String text) {
    return FactExtractor.shared()
        .extract(new Article("t", "t.txt", null, List.of(), "2024-09-10", text))
        .mentions()
        .stream()
        .filter(m -> m.type() == MentionType.PERSON
            || m.type() == MentionType.ORGANIZATION
            || m.type() == MentionType.LOCATION)
        .toList();
  }

  @Test
  void theNameBeforeATitleHoldsThePostAndTheNameAfterItIsThePerson() {
    assertThat(names("Tesla chief executive Elon Musk said the company would build a new factory."))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.ORGANIZATION, "Tesla"), tuple(MentionType.PERSON, "Elon Musk"));
  }

  @Test
  void theCompanysOtherMentionsFollow() {
    assertThat(names("Tesla chief executive Elon Musk spoke on Monday. Tesla shares fell."))
        .filteredOn(m -> m.text().equals("Tesla"))
        .extracting(Mention::type)
        .containsOnly(MentionType.ORGANIZATION);
  }

  @Test
  void aPlaceBeforeATitleStaysAPlace() {
    assertThat(names("Texas governor Greg Abbott signed the bill."))
        .extracting(Mention::type, Mention::text)
        .containsExactly(tuple(MentionType.LOCATION, "Texas"), tuple(MentionType.PERSON, "Greg Abbott"));
  }
}
