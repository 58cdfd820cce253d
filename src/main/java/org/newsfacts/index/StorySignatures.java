package org.newsfacts.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The story signatures (MinHash values, computed by whoever adds an article) that the index
 * keeps beside its articles, so that a near copy read in a later run is known for one.
 */
final class StorySignatures {
  private static final Set<String> KEYS =
      Set.of(FactField.ARTICLE_ID.fieldName(), FactField.SOURCE.fieldName());

  private StorySignatures() {}

  static BytesRef encode(int[] minHashes) {
    ByteBuffer bytes = ByteBuffer.allocate(minHashes.length * Integer.BYTES);
    bytes.asIntBuffer().put(minHashes);
    return new BytesRef(bytes.array());
  }

  static int[] decode(BytesRef ref) {
    int[] values = new int[ref.length / Integer.BYTES];
    ByteBuffer.wrap(ref.bytes, ref.offset, ref.length).asIntBuffer().get(values);
    return values;
  }

  /** Every live article of {@code reader} that has a signature, in index order. */
  static List<IndexedStory> read(DirectoryReader reader) throws IOException {
    List<IndexedStory> stories = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(FactField.STORY_SIGNATURE.fieldName());
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          Document keys = stored.document(doc, KEYS);
          stories.add(new IndexedStory(
              keys.get(FactField.ARTICLE_ID.fieldName()),
              keys.get(FactField.SOURCE.fieldName()),
              decode(values.binaryValue())));
        }
      }
    }
    return stories;
  }
}
