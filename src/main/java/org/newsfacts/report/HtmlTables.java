package org.newsfacts.report;

import java.io.PrintWriter;
import java.util.List;
import org.newsfacts.fact.ExtractedArticle;
import org.newsfacts.fact.Fact;

/** Pieces the HTML sections share: capped tables, quoted sentences, links to articles. */
final class HtmlTables {
  private HtmlTables() {}

  /** A note under a table or chart, if there is one. */
  static void note(PrintWriter out, String note) {
    if (note != null) {
      out.println("<p class=\"note\">" + Html.escape(note) + "</p>");
    }
  }

  static String sentence(Fact fact) {
    return fact.sentence() == null ? "" : "“" + Html.escape(FactDescriptions.oneLine(fact.sentence())) + "”";
  }

  static String articleLink(ExtractedArticle article) {
    return "<a href=\"#" + anchor(article) + "\">" + Html.escape(title(article)) + "</a>";
  }

  /** Ids may hold any character; an anchor keeps letters, digits, '-' and '_' only. */
  static String anchor(ExtractedArticle article) {
    return "a-" + article.id().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  static String title(ExtractedArticle article) {
    return article.title() == null ? "(untitled)" : FactDescriptions.oneLine(article.title());
  }

  static String meta(ExtractedArticle article, List<String> copies) {
    StringBuilder also = new StringBuilder();
    for (String copy : copies) {
      also.append(also.length() == 0 ? " · Also read from: " : ", ")
          .append("<code>").append(Html.escape(copy)).append("</code>");
    }
    return "<p class=\"meta\">Id: <code>" + Html.escape(article.id()) + "</code> · Published: "
        + Html.escape(article.published() == null ? "unknown" : article.published())
        + " · Source: <code>" + Html.escape(article.source()) + "</code>" + also + "</p>";
  }
}
