package org.newsfacts.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.newsfacts.index.FactField;

/**
 * Counts, over every matching article, the people, places and organisations they name, the
 * dimensions and units of their quantities and the years they were published in. Reads doc values only, so it costs no stored-field loads.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counter, FacetCounter.Counts> {

  /** The counts of a whole search. */
  record Counts(long total, Facets facets) {}

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Counts reduce(Collection<Counter> counters) {
    Counter all = new Counter();
    for (Counter counter : counters) {
      all.total += counter.total;
      for (int i = 0; i < all.values.size(); i++) {
        Map<String, Long> into = all.values.get(i);
        counter.values.get(i).forEach((k, v) -> into.merge(k, v, Long::sum));
      }
      counter.years.forEach((k, v) -> all.years.merge(k, v, Long::sum));
    }
    return new Counts(
        all.total,
        new Facets(
            top(all.values.get(0)),
            top(all.values.get(1)),
            top(all.values.get(2)),
            byYear(all.years),
            top(all.values.get(3)),
            top(all.values.get(4))));
  }

  private static List<Facets.FacetCount> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(Facets.TOP)
        .map(e -> new Facets.FacetCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static List<Facets.FacetCount> byYear(Map<Integer, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Facets.FacetCount(Integer.toString(e.getKey()), e.getValue()))
        .toList();
  }

  /** Counts one slice of the index; ordinals are counted per segment, then named. */
  static final class Counter extends SimpleCollector {
    private static final FactField[] FIELDS = {
      FactField.PERSON_FACET, FactField.PLACE_FACET, FactField.ORG_FACET,
      FactField.QUANTITY_DIMENSION_FACET, FactField.QUANTITY_UNIT_FACET
    };

    private final List<Map<String, Long>> values =
        List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());

    private final Map<Integer, Long> years = new HashMap<>();
    private final SortedSetDocValues[] segmentValues = new SortedSetDocValues[FIELDS.length];
    private final int[][] segmentCounts = new int[FIELDS.length][];
    private NumericDocValues published;
    private long total;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flushSegment();
      for (int i = 0; i < FIELDS.length; i++) {
        segmentValues[i] = DocValues.getSortedSet(context.reader(), FIELDS[i].fieldName());
        segmentCounts[i] = new int[Math.toIntExact(segmentValues[i].getValueCount())];
      }
      published = DocValues.getNumeric(context.reader(), FactField.PUBLISHED.fieldName());
    }

    @Override
    public void collect(int doc) throws IOException {
      total++;
      for (int i = 0; i < FIELDS.length; i++) {
        SortedSetDocValues docValues = segmentValues[i];
        if (docValues.advanceExact(doc)) {
          for (int n = 0; n < docValues.docValueCount(); n++) {
            segmentCounts[i][Math.toIntExact(docValues.nextOrd())]++;
          }
        }
      }
      if (published.advanceExact(doc)) {
        years.merge(LocalDate.ofEpochDay(published.longValue()).getYear(), 1L, Long::sum);
      }
    }

    @Override
    public void finish() throws IOException {
      flushSegment();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    private void flushSegment() throws IOException {
      for (int i = 0; i < FIELDS.length; i++) {
        int[] counts = segmentCounts[i];
        if (counts == null) {
          continue;
        }
        for (int ord = 0; ord < counts.length; ord++) {
          if (counts[ord] > 0) {
            String name = segmentValues[i].lookupOrd(ord).utf8ToString();
            values.get(i).merge(name, (long) counts[ord], Long::sum);
          }
        }
        segmentCounts[i] = null;
      }
    }
  }
}
