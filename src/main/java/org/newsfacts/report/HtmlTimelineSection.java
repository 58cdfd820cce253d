package org.newsfacts.report;

import java.io.PrintWriter;
import java.util.List;

/** Dated events near the articles' publication, newest first: a chart, then a capped table. */
final class HtmlTimelineSection implements HtmlSection {
  @Override
  public String id() {
    return "events";
  }

  @Override
  public String title(Report report) {
    return "Dated events";
  }

  @Override
  public boolean appliesTo(Report report) {
    return !report.timeline().isEmpty();
  }

  @Override
  public void writeBody(Report report, PrintWriter out) {
    Timeline timeline = report.timeline();
    List<Timeline.Dated> dated = timeline.dated();
    out.println("<p class=\"meta\">" + Html.escape(timeline.summary()) + "</p>");
    if (!dated.isEmpty()) {
      out.println(SvgCharts.timeline("Dated facts over time", dated));
      out.println("<table><tr><th>Date</th><th>Fact</th><th>Sentence</th><th>Article</th></tr>");
      for (Timeline.Dated d : dated.subList(0, Math.min(Report.MAX_EVENT_ROWS, dated.size()))) {
        out.println("<tr><td class=\"d\">" + Html.escape(d.date()) + "</td><td>"
            + Html.escape(d.fact().kind() + ": " + FactDescriptions.describe(d.fact())) + "</td><td class=\"s\">"
            + HtmlTables.sentence(d.fact()) + "</td><td>" + HtmlTables.articleLink(d.article())
            + "</td></tr>");
      }
      out.println("</table>");
      HtmlTables.note(out, Report.leftOut(dated.size() - Report.MAX_EVENT_ROWS, "dated facts (older)"));
    }
    HtmlTables.note(out, timeline.farNote());
  }
}
