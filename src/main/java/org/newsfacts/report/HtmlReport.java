package org.newsfacts.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/**
 * The report as one self-contained HTML page: a timeline of dated facts, bars of the most
 * mentioned people, places and organisations, a table of quantities, then each article's facts.
 * Inline CSS and SVG only (no scripts, fonts or images to fetch), so it opens offline and can be
 * mailed as one file; every piece of article text is escaped.
 */
public final class HtmlReport implements ReportWriter {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;"
          + "color:#222;line-height:1.4}table{border-collapse:collapse;margin:.5rem 0}"
          + "th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}"
          + "td.n,td.d{white-space:nowrap}td.n{text-align:right}.bar{fill:#4a7ab5}.axis{stroke:#666}svg text{font-size:12px;"
          + "fill:#222}blockquote{margin:.2rem 0 .2rem 1rem;color:#555}.meta{color:#555}"
          + "section.article{border-top:1px solid #ddd;margin-top:1.5rem}";

  @Override
  public void write(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    String heading = report.factSheet() ? "Fact sheet: " + title(report.articles().get(0)) : "Newsfacts report";
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + Html.escape(heading) + "</title><style>" + STYLE + "</style></head><body>");
    out.println("<h1>" + Html.escape(heading) + "</h1>");
    if (report.factSheet()) {
      meta(out, report.articles().get(0));
    } else {
      out.println("<p class=\"meta\">Articles: " + report.articles().size() + " ("
          + Html.escape(report.scope()) + ")</p>");
    }
    timeline(out, report);
    if (!report.factSheet()) {
      bars(out, "Most mentioned people", report.people());
      bars(out, "Most mentioned places", report.places());
      bars(out, "Most mentioned organisations", report.organizations());
    }
    quantities(out, report);
    for (ExtractedArticle article : report.articles()) {
      article(out, article, report.factSheet());
    }
    out.println("</body></html>");
    out.flush();
    if (out.checkError()) {
      throw new IOException("could not write the report");
    }
  }

  private static void timeline(PrintWriter out, Report report) {
    List<DatedFacts.Dated> dated = DatedFacts.of(report.articles());
    if (dated.isEmpty()) {
      return;
    }
    out.println("<h2>Timeline of dated facts</h2>");
    out.println(SvgCharts.timeline("Dated facts over time", dated));
    out.println("<table><tr><th>Date</th><th>Fact</th><th>Sentence</th><th>Article</th></tr>");
    for (DatedFacts.Dated d : dated) {
      out.println("<tr><td class=\"d\">" + Html.escape(d.date()) + "</td><td>" + Html.escape(d.fact().kind() + ": "
          + FactDescriptions.describe(d.fact())) + "</td><td>" + sentence(d.fact()) + "</td><td>"
          + articleLink(d.article()) + "</td></tr>");
    }
    out.println("</table>");
  }

  private static void bars(PrintWriter out, String heading, List<EntityTally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    out.println("<h2>" + Html.escape(heading) + "</h2>");
    List<EntityTally> top = tallies.subList(0, Math.min(MarkdownReport.TOP, tallies.size()));
    out.println(SvgCharts.bars(heading, top));
  }

  private static void quantities(PrintWriter out, Report report) {
    boolean any = report.articles().stream().anyMatch(a -> !a.factsOf(QuantityFact.class).isEmpty());
    if (!any) {
      return;
    }
    out.println("<h2>Quantities</h2>");
    out.println("<table><tr><th>Value</th><th>Unit</th><th>Place</th><th>Date</th><th>Sentence</th>"
        + "<th>Article</th></tr>");
    for (ExtractedArticle article : report.articles()) {
      for (QuantityFact q : article.factsOf(QuantityFact.class)) {
        out.println("<tr><td class=\"n\">" + Html.escape(FactDescriptions.number(q.value()))
            + "</td><td>" + Html.escape(q.unit()) + "</td><td>" + Html.escape(q.place())
            + "</td><td class=\"d\">" + Html.escape(q.date()) + "</td><td>" + sentence(q) + "</td><td>"
            + articleLink(article) + "</td></tr>");
      }
    }
    out.println("</table>");
  }

  private static void article(PrintWriter out, ExtractedArticle article, boolean factSheet) {
    out.println("<section class=\"article\" id=\"" + Html.escape(anchor(article)) + "\">");
    if (!factSheet) {
      out.println("<h2>" + Html.escape(title(article)) + "</h2>");
      meta(out, article);
    }
    facts(out, "People", article.factsOf(PersonFact.class));
    facts(out, "Places", article.factsOf(PlaceFact.class));
    facts(out, "Organisations", article.factsOf(OrganizationFact.class));
    facts(out, "Dated events", article.factsOf(EventFact.class));
    facts(out, "Quantities", article.factsOf(QuantityFact.class));
    out.println("</section>");
  }

  private static void meta(PrintWriter out, ExtractedArticle article) {
    out.println("<p class=\"meta\">Id: <code>" + Html.escape(article.id()) + "</code> · Published: "
        + Html.escape(article.published() == null ? "unknown" : article.published())
        + " · Source: <code>" + Html.escape(article.source()) + "</code></p>");
  }

  private static void facts(PrintWriter out, String heading, List<? extends Fact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    out.println("<h3>" + Html.escape(heading) + "</h3><ul>");
    for (Fact fact : facts) {
      out.println("<li>" + Html.escape(FactDescriptions.describe(fact)) + "<blockquote>"
          + sentence(fact) + " <small>(chars " + fact.start() + "–" + fact.end()
          + ")</small></blockquote></li>");
    }
    out.println("</ul>");
  }

  private static String sentence(Fact fact) {
    return fact.sentence() == null ? "" : "“" + Html.escape(FactDescriptions.oneLine(fact.sentence())) + "”";
  }

  private static String articleLink(ExtractedArticle article) {
    return "<a href=\"#" + Html.escape(anchor(article)) + "\">" + Html.escape(title(article)) + "</a>";
  }

  // Ids may hold any character; an anchor keeps letters, digits, '-' and '_' only.
  private static String anchor(ExtractedArticle article) {
    return "a-" + article.id().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String title(ExtractedArticle article) {
    return article.title() == null ? "(untitled)" : FactDescriptions.oneLine(article.title());
  }
}
