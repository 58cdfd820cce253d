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
 * @param lang the language of the text (ISO 639-1, "en"), or {@code null} when not detected
 */
// Serializable: Spark ships articles between the tasks that read them and those that extract.
public record Article(
    String id,
    String source,
    String title,
    List<String> authors,
    String published,
    String text,
    String lang)
    implements Serializable {

  /** An article whose language is not known. */
  public Article(
      String id, String source, String title, List<String> authors, String published, String text) {
    this(id, source, title, authors, published, text, null);
  }

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
        : new Article(id, source, title, authors, fallback, text, lang);
  }

  /** The same article read from {@code newSource} (a path renamed for the user). */
  public Article withSource(String newSource) {
    return new Article(id, newSource, title, authors, published, text, lang);
  }

  /** The same article in language {@code code}. */
  public Article withLang(String code) {
    return new Article(id, source, title, authors, published, text, code);
  }

  /** True unless the text is known to be in another language than English. */
  public boolean isEnglishOrUnknown() {
    return lang == null || lang.equals("en");
  }
}
