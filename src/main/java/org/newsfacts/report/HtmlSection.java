package org.newsfacts.report;

import java.io.PrintWriter;

/**
 * One part of the HTML report: a heading, a line in the table of contents, and what follows the
 * heading. {@link HtmlReport#layout} puts the parts in reading order.
 */
interface HtmlSection {
  /** The anchor the table of contents links to: letters, digits and '-' only. */
  String id();

  /** The heading, also the line in the table of contents. */
  String title(Report report);

  /** False when the report has nothing for this part: no heading, no line in the contents. */
  boolean appliesTo(Report report);

  /** Everything under the heading; every piece of article text escaped. */
  void writeBody(Report report, PrintWriter out);
}
