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
 * The report as Markdown, in the order of the HTML report: contents, the most mentioned people,
 * places and organisations (with the ids of the articles naming them), the quantities, the dated
 * events newest first, then one section per article whose every fact line quotes its sentence
 * and gives its character span, so each line can be traced to its source.
 */
public final class MarkdownReport implements ReportWriter {
  private static final int IDS_SHOWN = 5;

  @Override
  public void write(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    if (report.factSheet()) {
      out.print("# Fact sheet:");
      article(out, report.articles().get(0), report);
    } else {
      corpus(out, report);
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("could not write the report");
    }
  }

  private static void corpus(PrintWriter out, Report report) {
    out.println("# Newsfacts report");
    out.println();
    out.println("Articles: " + report.articles().size() + " (" + Markdown.escape(report.scope()) + ")");
    contents(out, report);
    tally(out, "People", "Person", report.people(), false);
    tally(out, "Places", "Place", report.places(), true);
    tally(out, "Organisations", "Organisation", report.organizations(), false);
    quantities(out, report);
    events(out, report.timeline());
    if (!report.articles().isEmpty()) {
      out.println();
      out.println("## Articles");
    }
    for (ExtractedArticle article : report.articles()) {
      out.println();
      out.print("###");
      article(out, article, report);
    }
  }

  private static void contents(PrintWriter out, Report report) {
    StringBuilder line = new StringBuilder();
    link(line, !report.people().isEmpty(), "People", "people");
    link(line, !report.places().isEmpty(), "Places", "places");
    link(line, !report.organizations().isEmpty(), "Organisations", "organisations");
    link(line, quantityCount(report) > 0, "Quantities", "quantities");
    link(line, !report.timeline().isEmpty(), "Dated events", "dated-events");
    link(line, !report.articles().isEmpty(), "Articles", "articles");
    if (line.length() > 0) {
      out.println();
      out.println("Contents: " + line);
    }
  }

  private static void link(StringBuilder line, boolean present, String title, String anchor) {
    if (present) {
      line.append(line.length() == 0 ? "" : " · ").append('[').append(title).append("](#").append(anchor).append(')');
    }
  }

  private static void quantities(PrintWriter out, Report report) {
    int total = quantityCount(report);
    if (total == 0) {
      return;
    }
    out.println();
    out.println("## Quantities");
    out.println();
    out.println("| Value | Unit | Place | Date | Sentence | Article id |");
    out.println("| ---: | --- | --- | --- | --- | --- |");
    int rows = 0;
    for (ExtractedArticle article : report.articles()) {
      for (QuantityFact q : article.factsOf(QuantityFact.class)) {
        if (rows++ < Report.MAX_QUANTITY_ROWS) {
          out.println("| " + FactDescriptions.number(q.value()) + " | " + Markdown.escape(q.unit())
              + " | " + Markdown.escape(q.place()) + " | " + Markdown.escape(q.date()) + " | "
              + Markdown.quote(q.sentence()) + " | " + Markdown.code(article.id()) + " |");
        }
      }
    }
    note(out, Report.leftOut(total - Report.MAX_QUANTITY_ROWS, "quantities"));
  }

  private static void events(PrintWriter out, Timeline timeline) {
    if (timeline.isEmpty()) {
      return;
    }
    List<Timeline.Dated> dated = timeline.dated();
    out.println();
    out.println("## Dated events");
    out.println();
    out.println(timeline.summary());
    if (!dated.isEmpty()) {
      out.println();
      out.println("| Date | Fact | Sentence | Article id |");
      out.println("| --- | --- | --- | --- |");
      for (Timeline.Dated d : dated.subList(0, Math.min(Report.MAX_EVENT_ROWS, dated.size()))) {
        out.println("| " + Markdown.escape(d.date()) + " | "
            + Markdown.escape(d.fact().kind() + ": " + FactDescriptions.describe(d.fact())) + " | "
            + Markdown.quote(d.fact().sentence()) + " | " + Markdown.code(d.article().id()) + " |");
      }
      note(out, Report.leftOut(dated.size() - Report.MAX_EVENT_ROWS, "dated facts (older)"));
    }
    note(out, timeline.farNote());
  }

  private static void note(PrintWriter out, String note) {
    if (note != null) {
      out.println();
      out.println("_" + Markdown.escape(note) + "_");
    }
  }

  private static int quantityCount(Report report) {
    return report.articles().stream().mapToInt(a -> a.factsOf(QuantityFact.class).size()).sum();
  }

  private static void tally(
      PrintWriter out, String heading, String column, List<EntityTally> tallies, boolean detail) {
    if (tallies.isEmpty()) {
      return;
    }
    out.println();
    out.println("## " + heading);
    out.println();
    out.println("| " + column + (detail ? " | Type" : "") + " | Articles | Mentions | Article ids |");
    out.println("| --- " + (detail ? "| --- " : "") + "| ---: | ---: | --- |");
    for (EntityTally tally : tallies.subList(0, Math.min(Report.TOP_ENTITIES, tallies.size()))) {
      out.println(
          "| " + Markdown.escape(tally.name())
              + (detail ? " | " + Markdown.escape(tally.detail() == null ? "" : tally.detail()) : "")
              + " | " + tally.articles() + " | " + tally.mentions() + " | " + ids(tally.articleIds())
              + " |");
    }
  }

  // Continues the heading line the caller started.
  private static void article(PrintWriter out, ExtractedArticle article, Report report) {
    out.println(" " + Markdown.escape(article.title() == null ? "(untitled)" : article.title()));
    out.println();
    out.println("- Id: " + Markdown.code(article.id()));
    out.println("- Published: " + (article.published() == null ? "unknown" : article.published()));
    out.println("- Source: " + Markdown.code(article.source()));
    List<String> copies = report.copiesOf(article);
    if (!copies.isEmpty()) {
      out.println("- Also read from: "
          + String.join(", ", copies.stream().map(Markdown::code).toList()));
    }
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
    out.println();
    out.println("**" + heading + "**");
    out.println();
    for (Fact fact : facts) {
      out.println("- " + Markdown.escape(FactDescriptions.describe(fact)) + mentions(fact)
          + " — " + Markdown.quote(fact.sentence()) + " (chars " + fact.start() + "–" + fact.end() + ")");
    }
  }

  private static String mentions(Fact fact) {
    int count = 0;
    if (fact instanceof PersonFact person) {
      count = person.mentions();
    } else if (fact instanceof PlaceFact place) {
      count = place.mentions();
    } else if (fact instanceof OrganizationFact org) {
      count = org.mentions();
    } else {
      return "";
    }
    return " — " + count + (count == 1 ? " mention" : " mentions");
  }

  private static String ids(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(IDS_SHOWN, ids.size()); i++) {
      sb.append(i == 0 ? "" : ", ").append(Markdown.code(ids.get(i)));
    }
    if (ids.size() > IDS_SHOWN) {
      sb.append(" and ").append(ids.size() - IDS_SHOWN).append(" more");
    }
    return sb.toString();
  }
}
