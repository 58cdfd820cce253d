package org.newsfacts.report;

import java.io.PrintWriter;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.QuantityFact;

/** Every quantity of the report's articles in one table, in article order, capped. */
final class HtmlQuantitySection implements HtmlSection {
  @Override
  public String id() {
    return "quantities";
  }

  @Override
  public String title(Report report) {
    return "Quantities";
  }

  @Override
  public boolean appliesTo(Report report) {
    return report.articles().stream().anyMatch(a -> !a.factsOf(QuantityFact.class).isEmpty());
  }

  @Override
  public void writeBody(Report report, PrintWriter out) {
    out.println("<table><tr><th>Value</th><th>Unit</th><th>Dimension</th><th>Place</th><th>Date</th>"
        + "<th>Sentence</th><th>Article</th></tr>");
    int rows = 0;
    int total = 0;
    for (ExtractedArticle article : report.articles()) {
      for (QuantityFact q : article.factsOf(QuantityFact.class)) {
        total++;
        if (rows < Report.MAX_QUANTITY_ROWS) {
          rows++;
          row(out, article, q);
        }
      }
    }
    out.println("</table>");
    HtmlTables.note(out, Report.leftOut(total - rows, "quantities"));
  }

  private static void row(PrintWriter out, ExtractedArticle article, QuantityFact q) {
    out.println("<tr><td class=\"n\">" + Html.escape(FactDescriptions.amount(q))
        + "</td><td>" + Html.escape(q.unit()) + "</td><td>" + Html.escape(q.dimension())
        + "</td><td>" + Html.escape(q.place())
        + "</td><td class=\"d\">" + Html.escape(q.date()) + "</td><td class=\"s\">" + HtmlTables.sentence(q)
        + "</td><td>" + HtmlTables.articleLink(article) + "</td></tr>");
  }
}
