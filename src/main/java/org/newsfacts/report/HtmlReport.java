package org.newsfacts.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The report as one self-contained HTML page that reads from the top: a table of contents, then
 * who and what the articles name most (people, places, organisations), the quantities, the dated
 * events newest first, and last each article's facts. Long lists are capped or folded with a
 * note of what is left out. Inline CSS and SVG only (no scripts, fonts or images to fetch), so it
 * opens offline and can be mailed as one file; every piece of article text is escaped.
 */
public final class HtmlReport implements ReportWriter {
  // Charts are as wide as their column at most (svg.chart); a sentence may break anywhere (a long
  // URL would otherwise widen its table past the column), other cells only between words.
  static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;"
          + "color:#222;line-height:1.4}table{border-collapse:collapse;margin:.5rem 0;width:100%}"
          + "th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}"
          + "th{background:#f3f3f3}td.s{overflow-wrap:anywhere}td.n,td.d{white-space:nowrap}"
          + "td.n{text-align:right}"
          + "svg.chart{display:block;width:100%;height:auto;margin:.5rem 0}"
          + ".bar{fill:#4a7ab5}.axis{stroke:#666}svg text{font-size:12px;fill:#222}"
          + "blockquote{margin:.2rem 0 .2rem 1rem;color:#555;overflow-wrap:anywhere}.meta{color:#555}.note{color:#555;"
          + "font-style:italic}nav{border:1px solid #ddd;background:#fafafa;padding:.3rem 1rem;"
          + "margin:1rem 0}nav h2{font-size:1rem;margin:.3rem 0}nav ol{margin:.3rem 0;"
          + "columns:2}section{margin-top:2rem}details.article{border-top:1px solid #ddd;"
          + "padding:.3rem 0}details.article summary{cursor:pointer}details.article h3{display:inline;"
          + "font-size:1.05rem;margin:0}svg.map .sea{fill:#eef4f9}svg.map .land{fill:#d9d9d0;"
          + "stroke:#bbb;stroke-width:.15}svg.map .place{fill:#c0392b;fill-opacity:.55;stroke:#7b241c;"
          + "stroke-width:.15}.aliases{font-size:.9rem;color:#444}";

  @Override
  public void write(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    String heading = report.factSheet()
        ? "Fact sheet: " + HtmlTables.title(report.articles().get(0))
        : "Newsfacts report";
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + Html.escape(heading) + "</title><style>" + STYLE + "</style></head><body>");
    out.println("<header><h1>" + Html.escape(heading) + "</h1>");
    if (report.factSheet()) {
      out.println(HtmlTables.meta(report.articles().get(0), report.copiesOf(report.articles().get(0))));
    } else {
      out.println("<p class=\"meta\">Articles: " + report.articles().size() + " ("
          + Html.escape(report.scope()) + ")</p>");
    }
    out.println("</header>");
    List<HtmlSection> sections = layout().stream().filter(s -> s.appliesTo(report)).toList();
    contents(out, report, sections);
    for (HtmlSection section : sections) {
      out.println("<section id=\"" + section.id() + "\">");
      out.println("<h2>" + Html.escape(section.title(report)) + "</h2>");
      section.writeBody(report, out);
      out.println("</section>");
    }
    out.println("</body></html>");
    out.flush();
    if (out.checkError()) {
      throw new IOException("could not write the report");
    }
  }

  /**
   * The parts of the report in reading order: the entities across the articles, then (where it
   * will go) the map of their places, the quantities, the dated events, and each article.
   */
  static List<HtmlSection> layout() {
    return List.of(
        new HtmlEntitySection("people", "People", "people", Report::people),
        new HtmlEntitySection("places", "Places", "places", Report::places),
        new HtmlEntitySection("organisations", "Organisations", "organisations", Report::organizations),
        new HtmlMapSection(),
        new HtmlQuantitySection(),
        new HtmlTimelineSection(),
        new HtmlArticleSection());
  }

  private static void contents(PrintWriter out, Report report, List<HtmlSection> sections) {
    out.println("<nav aria-label=\"Contents\"><h2>Contents</h2><ol>");
    for (HtmlSection section : sections) {
      out.println("<li><a href=\"#" + section.id() + "\">" + Html.escape(section.title(report)) + "</a></li>");
    }
    out.println("</ol></nav>");
  }
}
