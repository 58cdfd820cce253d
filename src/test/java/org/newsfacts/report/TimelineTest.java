package org.newsfacts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;

class TimelineTest {
  @Test
  void newestFirstAndOnlyNearPublication() {
    ExtractedArticle article = withEvents("a", "1987-03-02", "0014", "1987-02", "1225", "1986-11-30", "1991", "1988", "1983");
    Timeline timeline = Timeline.of(List.of(article));
    assertThat(timeline.dated()).extracting(Timeline.Dated::date)
        .containsExactly("1988", "1987-02", "1986-11-30");
    // 0014, 1225, 1991 and 1983 lie more than three years from 1987-03-02.
    assertThat(timeline.farFromPublication()).isEqualTo(4);
    assertThat(timeline.farNote()).startsWith("4 dated facts lie more than 3 years");
  }

  @Test
  void aYearOverlappingTheWindowCounts() {
    // 1984 ends less than three years before 1987-03-02's window start (1984-03-02).
    Timeline timeline = Timeline.of(List.of(withEvents("a", "1987-03-02", "1984", "1984-02")));
    assertThat(timeline.dated()).extracting(Timeline.Dated::date).containsExactly("1984");
    assertThat(timeline.farFromPublication()).isEqualTo(1);
  }

  @Test
  void undatedArticleIsMeasuredAgainstTheOthersAndVagueDatesAreLeftOut() {
    ExtractedArticle dated = withEvents("a", "2024-09-27", "2024-01");
    ExtractedArticle undated = withEvents("b", null, "2023-05", "1960", "2024-W05", "XXXX-01", "PAST_REF");
    Timeline timeline = Timeline.of(List.of(dated, undated));
    assertThat(timeline.dated()).extracting(Timeline.Dated::date).containsExactly("2024-01", "2023-05");
    assertThat(timeline.farFromPublication()).isEqualTo(1);
  }

  @Test
  void withNoPublicationDateAtAllNothingIsLeftOut() {
    Timeline timeline = Timeline.of(List.of(withEvents("b", null, "1960", "2023-05")));
    assertThat(timeline.dated()).extracting(Timeline.Dated::date).containsExactly("2023-05", "1960");
    assertThat(timeline.farNote()).isNull();
  }

  @Test
  void tiesKeepReportOrder() {
    ExtractedArticle first = withEvents("first", "2024-09-27", "2024-01");
    ExtractedArticle second = withEvents("second", "2024-09-27", "2024-01");
    assertThat(Timeline.of(List.of(first, second)).dated()).extracting(d -> d.article().id())
        .containsExactly("first", "second");
  }

  /** An article whose every fact is an event on one of {@code dates}. */
  static ExtractedArticle withEvents(String id, String published, String... dates) {
    List<Fact> facts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String date : dates) {
      String sentence = "Something happened on " + date + ".";
      int start = text.length() + sentence.indexOf(date);
      facts.add(new EventFact(date, date, List.of(), List.of(), start, start + date.length(), sentence));
      text.append(sentence).append(' ');
    }
    return new ExtractedArticle(id, "test/" + id + ".txt", "Article " + id, List.of(), published,
        text.toString(), List.of(), facts);
  }
}
