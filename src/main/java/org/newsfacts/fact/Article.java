package org.newsfacts.fact;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One article as read from its source file, before any fact extraction.
 *
 * @param id stable identifier; for files it derives from the text, so unchanged files keep it
 * @param source where the article came from: a path, or {@code path#id} for a line of a JSON
 *     Lines file or an entry of a container (feed, mailbox, archive)
 * @param title headline, or {@code null} where the file has none
 * @param authors bylines, possibly empty
 * @param published publication date as {@code YYYY-MM-DD}, or {@code null} where none was found
 * @param text the article's main text; mention offsets refer to it
 */
// Serializable: Spark ships articles between the tasks that read them and those that extract.
public record Article(
    String id, String source, String title, List<String> authors, String published, String text)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
    if (published != null && !PublicationDates.isIsoDate(published)) {
      throw new IllegalArgumentException("published must be YYYY-MM-DD: " + published);
    }
  }

  /** The same article with a publication date filled in where it had none. */
  public Article withDefaultPublished(String fallback) {
    return published != null || fallback == null
        ? this
        : new Article(id, source, title, authors, fallback, text);
  }
}
