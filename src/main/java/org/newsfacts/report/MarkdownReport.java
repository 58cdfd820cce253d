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
 * The report as Markdown: the most mentioned people, places and organisations (with the ids of
 * the articles naming them), then one section per article whose every fact line quotes its
 * sentence and gives its character span, so each line can be traced to its source.
 */
public final class MarkdownReport implements ReportWriter {
  /** Most entities listed in each "most mentioned" table. */
  public static final int TOP = 20;

  private static final int IDS_SHOWN = 5;

  @Override
  public void write(Report report, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    if (report.factSheet()) {
      out.print("# Fact sheet:");
      article(out, report.articles().get(0));
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
    tally(out, "Most mentioned people", "Person", report.people(), false);
    tally(out, "Most mentioned places", "Place", report.places(), true);
    tally(out, "Most mentioned organisations", "Organisation", report.organizations(), false);
    if (!report.articles().isEmpty()) {
      out.println();
      out.println("## Articles");
    }
    for (ExtractedArticle article : report.articles()) {
      out.println();
      out.print("###");
      article(out, article);
    }
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
    for (EntityTally tally : tallies.subList(0, Math.min(TOP, tallies.size()))) {
      out.println(
          "| " + Markdown.escape(tally.name())
              + (detail ? " | " + Markdown.escape(tally.detail() == null ? "" : tally.detail()) : "")
              + " | " + tally.articles() + " | " + tally.mentions() + " | " + ids(tally.articleIds())
              + " |");
    }
  }

  // Continues the heading line the caller started.
  private static void article(PrintWriter out, ExtractedArticle article) {
    out.println(" " + Markdown.escape(article.title() == null ? "(untitled)" : article.title()));
    out.println();
    out.println("- Id: " + Markdown.code(article.id()));
    out.println("- Published: " + (article.published() == null ? "unknown" : article.published()));
    out.println("- Source: " + Markdown.code(article.source()));
    facts(out, "People", article.factsOf(PersonFact.class));
    facts(out, "Places", article.factsOf(PlaceFact.class));
    facts(out, "Organisations", article.factsOf(OrganizationFact.class));
    facts(out, "Dated events", article.factsOf(EventFact.class));
    facts(out, "Quantities", article.factsOf(QuantityFact.class));
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
