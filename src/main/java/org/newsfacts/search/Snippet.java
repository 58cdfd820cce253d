package org.newsfacts.search;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A passage of article text around the query words, as plain text with the places of the
 * matches, so that every reader marks them its own way (a terminal with {@code **}, a web page
 * with {@code <mark>}) and nothing in the text needs unescaping.
 *
 * @param text the passage on one line (runs of white space are one space); "…" marks a cut
 * @param highlights where the query matched in {@code text}: ascending, not overlapping
 */
@JsonPropertyOrder({"text", "highlights"})
public record Snippet(String text, List<Span> highlights) {

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int previousEnd = 0;
    for (Span span : highlights) {
      if (span.start() < previousEnd || span.end() > text.length()) {
        throw new IllegalArgumentException("highlight " + span + " outside the text or out of order");
      }
      previousEnd = span.end();
    }
  }

  /**
   * The characters {@code [start, end)} of the text, in UTF-16 code units as Java and JavaScript
   * count them; written as {@code [start, end]} in JSON.
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"start", "end"})
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
      }
    }
  }

  /** The text with each highlight between {@code open} and {@code close}: "the **troops** left". */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int pos = 0;
    for (Span span : highlights) {
      sb.append(text, pos, span.start()).append(open).append(text, span.start(), span.end()).append(close);
      pos = span.end();
    }
    return sb.append(text, pos, text.length()).toString();
  }
}
