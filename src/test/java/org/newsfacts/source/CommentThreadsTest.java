package org.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CommentThreadsTest {
  private static final String STORY =
      "<p>The library on Mill Street will open on Sundays from next month, the town said on Friday,"
          + " after a petition signed by more than two thousand readers.</p>"
          + "<p>Staff will work the new shifts in turn, and the reading room will close an hour earlier"
          + " on Mondays to pay for them, a spokeswoman said.</p>";
  private static final String COMMENT =
      "<div id=\"c17\"><p>Good news at last. I have waited years for this, and so have my children,"
          + " who can only go at weekends because of school and sport and everything else.</p></div>";

  private static String text(String body) {
    return ArticleTextChain.extract(Jsoup.parse("<html><body>" + body + "</body></html>")).text();
  }

  @Test
  void aHeadingNamedForCommentsEndsTheArticle() {
    String text = text("<div class=\"content\">" + STORY + "<h2 id=\"comments\">Comments</h2>"
        + COMMENT + COMMENT.replace("c17", "c18") + "</div>");
    assertThat(text).contains("reading room").doesNotContain("Good news");
  }

  @Test
  void aHeadingThatReadsLikeAThreadEndsTheArticle() {
    String text = text("<div class=\"content\">" + STORY + "<h3>12 Responses</h3>" + COMMENT + "</div>");
    assertThat(text).contains("reading room").doesNotContain("Good news");
  }

  @Test
  void anEmptyCommentsBoxInsideTheArticleIsAPlaceholder() {
    String story = STORY.replace("</p><p>", "</p><div id=\"readerscomment\"></div><p>");
    assertThat(text("<div class=\"content\">" + story + "</div>")).contains("reading room");
  }

  @Test
  void aThreadWithNoArticleBeforeItIsLeftAlone() {
    String text = text("<div class=\"content\"><h2 id=\"comments\">Comments</h2>" + COMMENT + "</div>");
    assertThat(text).contains("Good news");
  }
}
