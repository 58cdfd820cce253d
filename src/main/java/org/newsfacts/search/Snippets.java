package org.newsfacts.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsfacts.index.FactField;

/**
 * Passages of article text around the query words, with the words marked {@code **like
 * this**}: readable in a terminal, and Markdown where reports show them. Uses the offsets the
 * index keeps in its postings, so no text is analysed again.
 */
final class Snippets extends UnifiedHighlighter {
  static final int PASSAGES = 2;
  private static final int MAX_SNIPPET = 300;
  private static final String[] FIELDS = {FactField.TEXT.fieldName()};

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new Formatter())
            .withMaxLength(100_000)
            .withMaxNoHighlightPassages(1)
            // Plain sentences: LengthGoalBreakIterator tripled highlighting time on Reuters,
            // and the formatter already trims run-on "sentences" to a window round the match.
            .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)));
  }

  /** Snippets for each document, in the order of {@code docIds}. */
  List<List<String>> of(Query query, int[] docIds) throws IOException {
    int[] maxPassages = {PASSAGES};
    Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, query, docIds, maxPassages);
    Object[] perDoc = byField.get(FIELDS[0]);
    List<List<String>> snippets = new ArrayList<>();
    for (Object value : perDoc) {
      snippets.add(value == null ? List.of() : castList(value));
    }
    return snippets;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  /** One string per passage, matches marked, whitespace (hard line breaks) collapsed. */
  static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<String> out = new ArrayList<>();
      for (Passage passage : passages) {
        out.add(format(passage, content));
      }
      return out;
    }

    private static String format(Passage passage, String content) {
      StringBuilder sb = new StringBuilder();
      int pos = passage.getStartOffset();
      int firstMatch = -1;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        if (start < pos) {
          continue; // overlaps the previous match
        }
        sb.append(content, pos, start);
        if (firstMatch < 0) {
          firstMatch = sb.length();
        }
        sb.append("**").append(content, start, end).append("**");
        pos = end;
      }
      sb.append(content, pos, passage.getEndOffset());
      return shorten(sb.toString().replaceAll("\\s+", " ").strip(), firstMatch);
    }

    // A "sentence" of a badly punctuated text can run for pages; keep a window round a match.
    private static String shorten(String text, int firstMatch) {
      if (text.length() <= MAX_SNIPPET) {
        return text;
      }
      int start = Math.max(0, Math.min(firstMatch - MAX_SNIPPET / 3, text.length() - MAX_SNIPPET));
      int end = Math.min(text.length(), start + MAX_SNIPPET);
      int space = text.lastIndexOf(' ', end);
      end = space > start + MAX_SNIPPET / 2 ? space : end;
      return (start > 0 ? "… " : "") + text.substring(start, end).strip() + (end < text.length() ? " …" : "");
    }
  }
}
