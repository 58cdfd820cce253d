package org.newsfacts.report;

import java.io.PrintWriter;
import java.util.List;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/**
 * Each article's facts, each with its sentence and span. In a report of many articles each one
 * is folded ({@code <details>}) under its title, so the list stays a list of titles until opened;
 * a link to an article opens it.
 */
final class HtmlArticleSection implements HtmlSection {
  /** Reports of up to this many articles show every article open. */
  static final int OPEN_UP_TO = 10;

  @Override
  public String id() {
    return "articles";
  }

  @Override
  public String title(Report report) {
    return report.factSheet() ? "Facts" : "Articles";
  }

  @Override
  public boolean appliesTo(Report report) {
    return !report.articles().isEmpty();
  }

  @Override
  public void writeBody(Report report, PrintWriter out) {
    if (report.factSheet()) {
      ExtractedArticle article = report.articles().get(0);
      out.println("<div class=\"article\" id=\"" + HtmlTables.anchor(article) + "\">");
      facts(out, article);
      out.println("</div>");
      return;
    }
    boolean open = report.articles().size() <= OPEN_UP_TO;
    for (ExtractedArticle article : report.articles()) {
      out.println("<details class=\"article\" id=\"" + HtmlTables.anchor(article) + "\"" + (open ? " open" : "")
          + "><summary><h3>" + Html.escape(HtmlTables.title(article)) + "</h3> <span class=\"meta\">"
          + Html.escape(article.published() == null ? "undated" : article.published()) + " · "
          + article.facts().size() + " facts</span></summary>");
      out.println(HtmlTables.meta(article, report.copiesOf(article)));
      facts(out, article);
      out.println("</details>");
    }
  }

  private static void facts(PrintWriter out, ExtractedArticle article) {
    facts(out, "People", article.factsOf(PersonFact.class));
    facts(out, "Places", article.factsOf(PlaceFact.class));
    facts(out, "Organisations", article.factsOf(OrganizationFact.class));
    facts(out, "Quantities", article.factsOf(QuantityFact.class));
    facts(out, "Dated events", article.factsOf(EventFact.class));
  }

  private static void facts(PrintWriter out, String heading, List<? extends Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    out.println("<h4>" + Html.escape(heading) + "</h4><ul>");
    for (Fact fact : facts) {
      out.println("<li>" + Html.escape(FactDescriptions.describe(fact)) + "<blockquote>"
          + HtmlTables.sentence(fact) + " <small>(chars " + fact.start() + "–" + fact.end()
          + ")</small></blockquote></li>");
    }
    out.println("</ul>");
  }
}
