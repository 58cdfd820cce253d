package org.newsfacts.source;

/**
 * Reads the articles out of one document of a given format. To add a format, implement this and
 * register it in {@link Formats}.
 */
interface FormatReader {
  /**
   * Reports every article found to {@code handler}, and every entry that fails (in containers)
   * as {@code failed}; throws when the document as a whole gives nothing.
   */
  void read(SourceDocument document, ArticleHandler handler) throws ReadFailure;
}
