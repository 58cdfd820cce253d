package org.newsfacts.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Writes to {@code out}; the caller closes it. */
public interface ReportWriter {
  void write(Report report, Writer out) throws IOException;
}
