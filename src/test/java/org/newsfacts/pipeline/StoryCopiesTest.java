package org.newsfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.newsfacts.pipeline.StoryCopies.Signature;

class StoryCopiesTest {
  private static final String FERRY =
      "The ferry to the island ran again on Monday after a week of storms had kept it in harbour,"
          + " and the first crossing was full by seven in the morning. Shops on the island had run"
          + " short of bread and milk, the council said, and a supply boat will follow the ferry on"
          + " Tuesday. \"We are glad to see it back,\" said the harbour master, who has worked on the"
          + " quay for thirty years.";
  private static final String BRIDGE =
      "The council of Harbour Town voted on Tuesday to rebuild the sea wall that has protected the"
          + " old port since 1887, after two winters of storms left parts of it cracked and leaning."
          + " The plan, approved by nine votes to two, will cost an estimated 14 million euros, most"
          + " of it from a regional fund for coastal defence, and work will start in September.";

  @Test
  void copiesThatDifferInQuoteMarksAndAHeaderLineAreOneStory() {
    String curly = FERRY.replace("\"We", "\u201cWe").replace("back,\"", "back,\u201d");
    String newsletter = "Island News, weekly edition\n\n" + curly + "\n\nUnsubscribe";
    int[] first = StoryCopies.group(signatures(FERRY, BRIDGE, curly, newsletter));
    assertThat(first).containsExactly(0, 1, 0, 0);
    assertThat(StoryCopies.stories(first)).containsExactly(List.of(0, 2, 3), List.of(1));
  }

  @Test
  void differentStoriesStayApartEvenWhenTheyShareAPhrase() {
    String other = "The ferry to the island ran again on Monday. " + BRIDGE;
    assertThat(StoryCopies.group(signatures(FERRY, other))).containsExactly(0, 1);
  }

  @Test
  void textsTooShortToCompareAreCopiesOfNothing() {
    assertThat(StoryCopies.group(signatures("Ferry runs again.", "Ferry runs again.")))
        .containsExactly(0, 1);
  }

  @Property(tries = 30)
  boolean groupingOneAtATimeGivesWhatGroupingTheListGives(
      @ForAll @IntRange(min = 0, max = 40) int copiesOfFerry, @ForAll @IntRange(min = 0, max = 9) int cut) {
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < copiesOfFerry; i++) {
      signatures.add(StoryCopies.signature(i % 2 == 0 ? FERRY : FERRY.substring(cut) + " Edition " + i));
      signatures.add(StoryCopies.signature(BRIDGE + " Edition " + i));
    }
    StoryCopies.Grouping grouping = new StoryCopies.Grouping();
    int[] expected = StoryCopies.group(signatures);
    for (int i = 0; i < signatures.size(); i++) {
      if (grouping.add(signatures.get(i)) != expected[i]) {
        return false;
      }
    }
    return StoryCopies.stories(expected).size() == Math.min(copiesOfFerry, 1) * 2;
  }

  private static List<Signature> signatures(String... texts) {
    List<Signature> signatures = new ArrayList<>();
    for (String text : texts) {
      signatures.add(StoryCopies.signature(text));
    }
    return signatures;
  }
}
