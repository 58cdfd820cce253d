package org.newsfacts.entities;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsfacts.fact.Json;

/** Writes a list of entities as an aligned table, CSV (with a header row) or a JSON array. */
public final class EntityListing {
  static final String[] CSV_HEADER = {
    "id", "name", "type", "articles", "stories", "mentions", "first", "last", "aliases", "lat", "lon", "country",
    "gazetteer_id"
  };

  private EntityListing() {}

  public static void json(List<Entity> entities, PrintWriter out) throws IOException {
    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, entities);
    out.println();
  }

  public static void csv(List<Entity> entities, PrintWriter out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
    for (Entity e : entities) {
      csv.printRecord(
          e.id(), e.name(), e.type(), e.articles(), e.stories(), e.mentions(), e.first(), e.last(),
          String.join("|", e.aliases()), e.lat(), e.lon(), e.country(), e.gazetteerId());
    }
    csv.flush();
  }

  public static void table(List<Entity> entities, PrintWriter out) {
    int width = Math.min(40, entities.stream().mapToInt(e -> e.name().length()).max().orElse(4));
    String row = "%-" + width + "s  %-12s  %8s  %7s  %8s  %-10s  %-10s  %s%n";
    out.printf(row, "name", "type", "articles", "stories", "mentions", "first", "last", "aliases / where");
    for (Entity e : entities) {
      String more = String.join(", ", e.aliases());
      if (e.lat() != null) {
        String at = String.format(Locale.ROOT, "%.2f, %.2f %s", e.lat(), e.lon(), e.country() == null ? "" : e.country());
        more = more.isEmpty() ? at.strip() : at.strip() + "; " + more;
      }
      out.printf(
          row, cut(e.name(), width), e.type(), e.articles(), e.stories(), e.mentions(), orDash(e.first()),
          orDash(e.last()), cut(more, 80));
    }
    out.flush();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
