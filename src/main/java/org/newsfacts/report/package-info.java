/**
 * Builds reports from extracted articles read back from the index (no NLP): a {@link
 * org.newsfacts.report.Report} holds the articles and the entity tallies, and one writer per
 * format renders it. To add a format, implement {@link org.newsfacts.report.ReportWriter} and
 * add it to {@link org.newsfacts.report.ReportFormat}.
 */
package org.newsfacts.report;
