package org.newsfacts.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import org.newsfacts.report.Report;
import org.newsfacts.report.ReportFormat;
import org.newsfacts.search.SearchRequest;

/**
 * {@code GET /api/report?q=&format=md|html|csv|json}: the report {@code newsfacts report} writes,
 * over the articles a search matches (the same parameters as {@code /api/search}, without
 * paging), or with {@code article=ID} one article's fact sheet. {@code download=1} asks the
 * browser to save it.
 */
final class Reports {
  // The HTML report is a document of its own with inline styles and SVG: nothing in it may run.
  private static final String HTML_REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

  private final LiveIndex index;

  Reports(LiveIndex index) {
    this.index = index;
  }

  void answer(Context ctx) throws IOException {
    ReportFormat format = format(ctx.queryParam("format"));
    String articleId = ctx.queryParam("article");
    Report report =
        articleId == null || articleId.isBlank()
            ? overSearch(SearchParams.read(ctx::queryParam))
            : factSheet(articleId.strip());
    StringWriter out = new StringWriter();
    format.writer().write(report, out);
    String extension = format.name().toLowerCase(Locale.ROOT);
    if ("1".equals(ctx.queryParam("download"))) {
      ctx.header(
          "Content-Disposition", "attachment; filename=\"newsfacts-report." + extension + "\"");
    }
    if (format == ReportFormat.HTML) {
      ctx.header("Content-Security-Policy", HTML_REPORT_POLICY);
    }
    ctx.contentType(contentType(format)).result(out.toString());
  }

  private Report overSearch(SearchRequest request) {
    String query = request.query();
    // One searcher for the articles and their copies, so both come from the same commit.
    return index.search(searcher ->
        Report.of(query == null ? "all articles" : "query: " + query, searcher.articles(request))
            .withCopies(searcher::copiesOf));
  }

  private Report factSheet(String id) {
    return index
        .search(searcher -> searcher.article(id)
            .map(article -> Report.factSheet(article).withCopies(searcher::copiesOf)))
        .orElseThrow(() -> ApiError.notFound("no article with id " + id));
  }

  private static ReportFormat format(String value) {
    if (value == null || value.isBlank()) {
      return ReportFormat.MD;
    }
    try {
      return ReportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("format must be md, html, csv or json");
    }
  }

  private static String contentType(ReportFormat format) {
    return switch (format) {
      case MD -> "text/markdown; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8";
      case JSON -> "application/json; charset=utf-8";
    };
  }
}
