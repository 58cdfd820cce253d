package org.newsfacts.report;

import java.io.PrintWriter;
import java.util.List;

/** The places of a report on a world map, one mark per place sized by the articles naming it. */
final class HtmlMapSection implements HtmlSection {
  @Override
  public String id() {
    return "map";
  }

  @Override
  public String title(Report report) {
    return "Map of places";
  }

  @Override
  public boolean appliesTo(Report report) {
    return report.places().stream().anyMatch(p -> p.lat() != null);
  }

  @Override
  public void writeBody(Report report, PrintWriter out) {
    List<EntityTally> places = report.places();
    long located = places.stream().filter(p -> p.lat() != null).count();
    out.println("<p class=\"meta\">" + located + " of " + places.size() + " places on the map, each mark"
        + " sized by the number of articles naming the place (GeoNames, Natural Earth).</p>");
    out.println(SvgMap.of("Places named in the articles", places));
    HtmlTables.note(out, located < places.size()
        ? (places.size() - located) + " places the gazetteer could not place are not on the map."
        : null);
  }
}
