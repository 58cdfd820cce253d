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
 * Passages of article text around the query words, each with the places of the words in it
 * ({@link Snippet}). Uses the offsets the index keeps in its postings, so no text is analysed
 * again.
 */
final class Snippets extends UnifiedHighlighter {
  static final int PASSAGES = 2;
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
  List<List<Snippet>> of(Query query, int[] docIds) throws IOException {
    int[] maxPassages = {PASSAGES};
    Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, query, docIds, maxPassages);
    Object[] perDoc = byField.get(FIELDS[0]);
    List<List<Snippet>> snippets = new ArrayList<>();
    for (Object value : perDoc) {
      snippets.add(value == null ? List.of() : castList(value));
    }
    return snippets;
  }

  @SuppressWarnings("unchecked")
  private static List<Snippet> castList(Object value) {
    return (List<Snippet>) value;
  }

  /** One snippet per passage. */
  static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>();
      for (Passage passage : passages) {
        out.add(PassageText.of(passage, content));
      }
      return out;
    }
  }
}
