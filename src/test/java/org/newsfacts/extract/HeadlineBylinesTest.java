package org.newsfacts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.Mention;
import org.newsfacts.fact.MentionType;

/** A line of names alone under the headline is its byline; names in a deck or a list are news. */
class HeadlineBylinesTest {
  @Test
  void theNamesAloneUnderTheHeadlineAreTheByline() {
    String text = "Ferry runs again\n\nANN LEE and TOM ROE\n\nThe ferry ran again, said Jo Park.";
    assertThat(HeadlineBylines.names(people(text, "ANN LEE", "TOM ROE", "Jo Park"), text))
        .containsExactly("ANN LEE", "TOM ROE");
  }

  @Test
  void anOpinionLabelBeforeTheNameIsPartOfTheByline() {
    String text = "After the storms\n\nOP-ED: Ann Lee\n\nThe ferry ran again.";
    assertThat(HeadlineBylines.names(people(text, "Ann Lee"), text)).containsExactly("Ann Lee");
  }

  @Test
  void aDeckThatNamesSomeoneIsNoByline() {
    String text = "Ferry runs again\n\nMayor Jo Park Opens The New Pier\n\nThe ferry ran again.";
    assertThat(HeadlineBylines.names(people(text, "Jo Park"), text)).isEmpty();
  }

  @Test
  void namesOnALaterLineAreNoByline() {
    String text = "Ferry runs again\n\nThe ferry ran again.\n\nJo Park\n";
    assertThat(HeadlineBylines.names(people(text, "Jo Park"), text)).isEmpty();
  }

  private static List<Mention> people(String text, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      int start = text.indexOf(name);
      mentions.add(new Mention(MentionType.PERSON, start, start + name.length(), name, null, name,
          null, null, null, 0));
    }
    return mentions;
  }
}
