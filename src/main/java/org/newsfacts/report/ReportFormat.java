package org.newsfacts.report;

import java.util.function.Supplier;

/** The formats {@code newsfacts report --format} offers. */
public enum ReportFormat {
  MD(MarkdownReport::new),
  HTML(HtmlReport::new),
  CSV(CsvReport::new),
  JSON(JsonReport::new);

  private final Supplier<ReportWriter> writer;

  ReportFormat(Supplier<ReportWriter> writer) {
    this.writer = writer;
  }

  /** A writer for this format. */
  public ReportWriter writer() {
    if (writer == null) {
      throw new UnsupportedOperationException(name().toLowerCase(java.util.Locale.ROOT) + " reports are not built yet");
    }
    return writer.get();
  }
}
