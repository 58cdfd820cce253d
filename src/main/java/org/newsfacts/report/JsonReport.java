package org.newsfacts.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.Json;

/**
 * The report as one JSON object, in the order of the other formats: scope, tallies, the dated
 * facts near their articles' publication (newest first, all of them: JSON is for programs), and
 * each article's metadata and facts (facts in the same form as {@code extract} writes them; the
 * text and raw mentions are left out, as {@code extract} or the index hold them).
 */
public final class JsonReport implements ReportWriter {

  /** The JSON document. */
  @JsonPropertyOrder({"scope", "articleCount", "people", "places", "organizations", "timeline", "articles"})
  record Document(
      String scope,
      int articleCount,
      List<EntityTally> people,
      List<EntityTally> places,
      List<EntityTally> organizations,
      TimelineFacts timeline,
      List<ArticleFacts> articles) {}

  /** The dated facts, newest first, and how many were left out for lying far from publication. */
  @JsonPropertyOrder({"yearsAround", "events", "farFromPublication"})
  record TimelineFacts(int yearsAround, List<DatedFact> events, int farFromPublication) {
    static TimelineFacts of(Timeline timeline) {
      return new TimelineFacts(
          Timeline.YEARS_AROUND,
          timeline.dated().stream().map(d -> new DatedFact(d.date(), d.article().id(), d.fact())).toList(),
          timeline.farFromPublication());
    }
  }

  /** One dated fact and the article it is from. */
  @JsonPropertyOrder({"date", "articleId", "fact"})
  record DatedFact(String date, String articleId, Fact fact) {}

  /** One article without its text; {@code copies} are the other sources it was read from. */
  @JsonPropertyOrder({"id", "title", "published", "source", "copies", "facts"})
  record ArticleFacts(
      String id,
      String title,
      String published,
      String source,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> copies,
      List<Fact> facts) {
    static ArticleFacts of(ExtractedArticle article, List<String> copies) {
      return new ArticleFacts(
          article.id(), article.title(), article.published(), article.source(), copies, article.facts());
    }
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Document document =
        new Document(
            report.scope(),
            report.articles().size(),
            report.people(),
            report.places(),
            report.organizations(),
            TimelineFacts.of(report.timeline()),
            report.articles().stream().map(a -> ArticleFacts.of(a, report.copiesOf(a))).toList());
    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, document);
    out.write(System.lineSeparator());
    out.flush();
  }
}
