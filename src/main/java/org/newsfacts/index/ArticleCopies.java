package org.newsfacts.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The sources of an article's copies as the index keeps them: one doc value per article, the
 * sources one per line (a source never holds a line break: it is a path or {@code path#id}).
 */
public final class ArticleCopies {
  private ArticleCopies() {}

  static BytesRef encode(Collection<String> sources) {
    return new BytesRef(String.join("\n", sources).getBytes(StandardCharsets.UTF_8));
  }

  static List<String> decode(BytesRef value) {
    String joined = new String(value.bytes, value.offset, value.length, StandardCharsets.UTF_8);
    return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
  }

  /** The copies listed for the article document {@code doc} of {@code reader}. */
  public static List<String> of(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(FactField.COPY.fieldName());
    return values != null && values.advanceExact(doc - leaf.docBase)
        ? decode(values.binaryValue())
        : List.of();
  }
}
