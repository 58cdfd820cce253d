package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsfacts.source.BlockText.Block;

class LinkedHeadingsTest {
  private static List<Block> blocks(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    return BlockText.blocks(List.of(body));
  }

  private static final String SECTION_ONE = "<h2><a href=\"/tools/kettle\">A travel kettle</a></h2>"
      + "<p>It boils half a litre in three minutes on a camping stove, and the handle folds flat"
      + " inside the lid for the rucksack.</p>";
  private static final String SECTION_TWO = "<h2><a href=\"/tools/lamp\">A head lamp</a></h2>"
      + "<p>Two hundred lumens are plenty for a tent, and a red setting keeps the rest of the"
      + " camp asleep when you get up at night.</p>";

  @Test
  void linkedHeadingsThatIntroduceProseAreTheArticlesSections() {
    List<Block> blocks = blocks(SECTION_ONE + SECTION_TWO);
    assertThat(LinkedHeadings.sectionHeadings(blocks)).containsExactly(true, false, true, false);
  }

  @Test
  void aSingleLinkedHeadingBetweenParagraphsIsATeaserOfAnotherStory() {
    List<Block> blocks = blocks("<p>The council met on Monday to agree the budget for the coming"
        + " year, and most of the meeting went on the roads.</p>" + SECTION_ONE);
    assertThat(LinkedHeadings.sectionHeadings(blocks)).containsOnly(false);
  }

  @Test
  void aHeadingWhoseSummaryLinksToTheSamePlaceIsATeaser() {
    String teaser = "<h3><a href=\"/news/bridge\">Bridge reopens</a></h3>"
        + "<p>The old bridge carries traffic again after eight months of repairs to its arches and"
        + " railings. <a href=\"/news/bridge\">Read</a></p>";
    String other = teaser.replace("bridge", "ferry").replace("Bridge", "Ferry");
    assertThat(LinkedHeadings.sectionHeadings(blocks(teaser + other))).containsOnly(false);
  }

  @Test
  void aHeadingFollowedByLinksIsAMenu() {
    List<Block> blocks = blocks("<h3><a href=\"/a\">Sections</a></h3><ul><li><a href=\"/b\">World"
        + " news from every continent, updated through the day</a></li></ul>"
        + "<h3><a href=\"/c\">More</a></h3><ul><li><a href=\"/d\">Sport results and fixtures from"
        + " the weekend's matches</a></li></ul>");
    assertThat(LinkedHeadings.sectionHeadings(blocks)).containsOnly(false);
  }
}
