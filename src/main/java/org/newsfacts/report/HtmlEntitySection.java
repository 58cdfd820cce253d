package org.newsfacts.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** The most mentioned people, places or organisations of a report, as bars. */
final class HtmlEntitySection implements HtmlSection {
  private final String id;
  private final String title;
  private final String plural;
  private final Function<Report, List<EntityTally>> tallies;

  /**
   * @param plural what the entities are called in running text ("people")
   * @param tallies the report's tallies of this kind, most mentioned first
   */
  HtmlEntitySection(String id, String title, String plural, Function<Report, List<EntityTally>> tallies) {
    this.id = id;
    this.title = title;
    this.plural = plural;
    this.tallies = tallies;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title(Report report) {
    return title;
  }

  @Override
  public boolean appliesTo(Report report) {
    return !report.factSheet() && !tallies.apply(report).isEmpty();
  }

  @Override
  public void writeBody(Report report, PrintWriter out) {
    List<EntityTally> all = tallies.apply(report);
    List<EntityTally> top = all.subList(0, Math.min(Report.TOP_ENTITIES, all.size()));
    out.println("<p class=\"meta\">" + all.size() + " " + plural + "; the most mentioned by number of"
        + " articles naming them.</p>");
    out.println(SvgCharts.bars("Most mentioned " + plural, top));
    aliases(out, top);
    HtmlTables.note(out, all.size() > top.size()
        ? (all.size() - top.size()) + " more " + plural + " not shown here; the JSON report lists them all."
        : null);
  }

  /** The other names the shown entities go by across the archive ("Ronald Reagan: Reagan"). */
  private static void aliases(PrintWriter out, List<EntityTally> shown) {
    List<String> items =
        shown.stream()
            .filter(t -> t.aliases() != null)
            .map(t -> "<b>" + Html.escape(t.name()) + "</b>: "
                + Html.escape(String.join(", ", t.aliases().subList(0, Math.min(8, t.aliases().size())))))
            .toList();
    if (!items.isEmpty()) {
      out.println("<p class=\"aliases\">Also called — " + String.join("; ", items) + "</p>");
    }
  }
}
