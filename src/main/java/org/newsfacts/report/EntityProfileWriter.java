package org.newsfacts.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.newsfacts.entities.Entity;
import org.newsfacts.fact.Json;

/** Writes an {@link EntityProfile} as Markdown, a self-contained HTML page or JSON. */
public final class EntityProfileWriter {
  /** Most timeline entries a profile shows in Markdown and HTML (JSON has them all). */
  static final int MAX_MOMENTS = 100;

  private EntityProfileWriter() {}

  public static void write(EntityProfile profile, ReportFormat format, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    switch (format) {
      case JSON -> {
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, profile);
        out.println();
      }
      case HTML -> html(profile, out);
      case MD -> markdown(profile, out);
      default -> throw new UnsupportedOperationException(
          "an entity profile is written as md, html or json, not " + format.name().toLowerCase(Locale.ROOT));
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("could not write the profile");
    }
  }

  private static String summary(Entity e) {
    StringBuilder s = new StringBuilder();
    s.append(e.type()).append(" · ").append(e.articles()).append(e.articles() == 1 ? " article" : " articles")
        .append(" · ").append(e.mentions()).append(" mentions");
    if (e.first() != null) {
      s.append(" · ").append(e.first()).append(" to ").append(e.last());
    }
    if (e.lat() != null) {
      s.append(String.format(Locale.ROOT, " · %.4f, %.4f", e.lat(), e.lon()));
      if (e.country() != null) {
        s.append(" (").append(e.country()).append(')');
      }
    }
    return s.toString();
  }

  private static void markdown(EntityProfile p, PrintWriter out) {
    Entity e = p.entity();
    out.println("# " + Markdown.escape(e.name()));
    out.println();
    out.println(Markdown.escape(summary(e)));
    out.println();
    if (!e.aliases().isEmpty()) {
      out.println("Also called: " + Markdown.escape(String.join(", ", e.aliases())));
      out.println();
    }
    out.println("## Timeline");
    out.println();
    for (EntityProfile.Moment m : p.timeline().subList(0, Math.min(MAX_MOMENTS, p.timeline().size()))) {
      out.println("- " + m.date() + " — " + Markdown.escape(m.what()) + " (" + m.articleId() + ")");
    }
    out.println();
    withMost(out, "People", p.people());
    withMost(out, "Places", p.places());
    withMost(out, "Organisations", p.organizations());
    out.println("## Articles");
    out.println();
    for (EntityProfile.ArticleRef a : p.articles()) {
      out.println("- " + (a.published() == null ? "undated" : a.published()) + " — "
          + Markdown.escape(a.title() == null ? a.source() : a.title()) + " (" + a.id() + ")");
    }
  }

  private static void withMost(PrintWriter out, String heading, List<EntityTally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    out.println("## " + heading + " it appears with most");
    out.println();
    for (EntityTally t : tallies) {
      out.println("- " + Markdown.escape(t.name()) + " (" + t.articles() + ")");
    }
    out.println();
  }

  private static void html(EntityProfile p, PrintWriter out) {
    Entity e = p.entity();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + Html.escape(e.name()) + "</title><style>" + HtmlReport.STYLE + "</style></head><body>");
    out.println("<header><h1>" + Html.escape(e.name()) + "</h1>");
    out.println("<p class=\"meta\">" + Html.escape(summary(e)) + "</p>");
    if (!e.aliases().isEmpty()) {
      out.println("<p class=\"aliases\">Also called — " + Html.escape(String.join(", ", e.aliases())) + "</p>");
    }
    out.println("</header>");
    out.println("<nav aria-label=\"Contents\"><h2>Contents</h2><ol><li><a href=\"#timeline\">Timeline</a></li>"
        + "<li><a href=\"#with\">Appears with</a></li><li><a href=\"#articles\">Articles</a></li></ol></nav>");
    if (e.lat() != null) {
      out.println(SvgMap.of(e.name() + " on the map",
          List.of(new EntityTally(e.name(), null, e.articles(), e.mentions(), List.of(), null, e.lat(), e.lon(), e.country()))));
    }
    out.println("<section id=\"timeline\"><h2>Timeline</h2><table><tr><th>date</th><th>fact</th><th>article</th></tr>");
    for (EntityProfile.Moment m : p.timeline().subList(0, Math.min(MAX_MOMENTS, p.timeline().size()))) {
      out.println("<tr><td class=\"d\">" + Html.escape(m.date()) + "</td><td class=\"s\">" + Html.escape(m.what())
          + "</td><td>" + Html.escape(m.articleTitle()) + "</td></tr>");
    }
    out.println("</table>");
    HtmlTables.note(out, p.timeline().size() > MAX_MOMENTS
        ? (p.timeline().size() - MAX_MOMENTS) + " earlier facts not shown; the JSON profile has them all." : null);
    out.println("</section><section id=\"with\"><h2>Appears with</h2>");
    barsIfAny(out, "People in the same articles", p.people());
    barsIfAny(out, "Places in the same articles", p.places());
    barsIfAny(out, "Organisations in the same articles", p.organizations());
    out.println("</section><section id=\"articles\"><h2>Articles</h2><ul>");
    for (EntityProfile.ArticleRef a : p.articles()) {
      out.println("<li>" + Html.escape(a.published() == null ? "undated" : a.published()) + " — "
          + Html.escape(a.title() == null ? a.source() : a.title()) + " <code>" + Html.escape(a.id()) + "</code></li>");
    }
    out.println("</ul></section></body></html>");
  }

  private static void barsIfAny(PrintWriter out, String title, List<EntityTally> tallies) {
    if (!tallies.isEmpty()) {
      out.println("<h3>" + Html.escape(title) + "</h3>");
      out.println(SvgCharts.bars(title, tallies));
    }
  }
}
