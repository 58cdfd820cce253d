package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsfacts.fact.Fact;
import org.newsfacts.report.FactDescriptions;
import org.newsfacts.search.Facets;
import org.newsfacts.search.SearchHit;
import org.newsfacts.search.Snippet;
import org.newsfacts.search.SearchResult;

/** Prints a search result for people: a numbered list of hits, then the facet counts. */
final class SearchResultPrinter {
  private final PrintWriter out;

  SearchResultPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(String query, SearchResult result) {
    out.println(summary(query, result));
    int rank = 1;
    for (SearchHit hit : result.hits()) {
      out.println();
      hit(rank++, hit);
    }
    if (result.total() > 0) {
      out.println();
      facet("People", result.facets().people());
      facet("Places", result.facets().places());
      facet("Organisations", result.facets().organizations());
      facet("Years", result.facets().years());
      facet("Quantities", result.facets().dimensions());
      facet("Units", result.facets().units());
    }
  }

  private static String summary(String query, SearchResult result) {
    String what = query.isBlank() ? "" : " for \"" + query + "\"";
    if (result.total() == 0) {
      return "No articles found" + what + ".";
    }
    String shown =
        result.hits().size() < result.total() ? ", showing the first " + result.hits().size() : "";
    String order = result.rankedBy() == SearchResult.Ranking.DATE && result.total() > 1 ? ", newest first" : "";
    return result.total() + (result.total() == 1 ? " article" : " articles") + what + shown + order + ".";
  }

  private void hit(int rank, SearchHit hit) {
    out.println(rank + ". " + (hit.title() == null ? "(untitled)" : FactDescriptions.oneLine(hit.title())));
    String score = hit.score() == null ? "" : " · score " + String.format(Locale.ROOT, "%.3f", hit.score());
    out.println(
        "   " + (hit.published() == null ? "undated" : hit.published()) + " · " + hit.source()
            + score + " · id " + hit.id());
    if (!hit.copies().isEmpty()) {
      out.println("   also read from " + String.join(", ", hit.copies()));
    }
    for (Snippet snippet : hit.snippets()) {
      out.println("   " + snippet.marked("**", "**"));
    }
    for (Fact fact : hit.facts()) {
      out.println("   - " + fact.kind() + ": " + FactDescriptions.describe(fact));
    }
  }

  private void facet(String label, List<Facets.FacetCount> counts) {
    if (!counts.isEmpty()) {
      out.println(
          label + ": "
              + counts.stream()
                  .map(c -> c.value() + " (" + c.count() + ")")
                  .collect(Collectors.joining(", ")));
    }
  }
}
