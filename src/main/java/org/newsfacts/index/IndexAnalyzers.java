package org.newsfacts.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers of the index; writer and searcher must use the same ones.
 *
 * <p>Text (title, text, fact sentences, units, roles) uses {@link EnglishAnalyzer}: news queries
 * are content words, and stemming lets "withdraw" find "withdrawal" and "troop" find "troops".
 * Its stop words only cost phrase queries made of stop words, which news search rarely needs.
 * Highlighting still marks the words as written, because it works from offsets.
 *
 * <p>Names use a plain analyser (words, lower case, accents folded, no stemming, no stop words):
 * stemming "Adams" to "adam" or dropping the "of" in "Bank of England" would blur names. Names
 * of one fact are several values of one field; a large position gap keeps a phrase from running
 * from one name into the next.
 */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** A new per-field analyser for indexing and query parsing. */
  public static Analyzer create() {
    Analyzer names = new NameAnalyzer();
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(
        english,
        Map.of(
            FactField.PERSON_NAME.fieldName(), names,
            FactField.PLACE_NAME.fieldName(), names,
            FactField.ORG_NAME.fieldName(), names));
  }

  /** Words of a name, lower-cased and accent-folded. */
  static final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }
}
