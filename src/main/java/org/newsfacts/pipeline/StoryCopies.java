package org.newsfacts.pipeline;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One story in several files: copies that differ only in quote marks, a header line, a
 * newsletter's greeting or a format's furniture are the same story. Each article gets a MinHash
 * signature of the word shingles of its normalised text; signatures that agree on most of their
 * values are copies. Finding candidates goes by LSH banding, so a batch is grouped in about
 * linear time, and {@link #group} is a pure function of the signatures in their order, which a
 * Spark driver calls on signatures its tasks computed and gets the groups ingest gets.
 */
public final class StoryCopies {
  /** Words per shingle: long enough that two different stories share few of them. */
  static final int SHINGLE_WORDS = 4;
  static final int HASHES = 128;
  private static final int BANDS = 32;
  private static final int ROWS = HASHES / BANDS;
  /** Estimated Jaccard similarity of the shingle sets from which two articles are one story. */
  static final double SAME_STORY = 0.7;
  /** Fewer words give too few shingles to tell copies from stories that share a phrase. */
  private static final int MIN_WORDS = 30;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private StoryCopies() {}

  /**
   * An article's signature: {@value #HASHES} minimum hashes of its shingles, or an empty one
   * for a text too short to compare (which is then a copy of nothing).
   */
  public record Signature(int[] minHashes) implements Serializable {
    public boolean comparable() {
      return minHashes.length > 0;
    }

    double similarity(Signature other) {
      int same = 0;
      for (int i = 0; i < minHashes.length; i++) {
        same += minHashes[i] == other.minHashes[i] ? 1 : 0;
      }
      return same / (double) minHashes.length;
    }
  }

  /** The signature of {@code text}: lower case, accents, quote marks and punctuation ignored. */
  public static Signature signature(String text) {
    String[] words = words(text);
    if (words.length < MIN_WORDS) {
      return new Signature(new int[0]);
    }
    int[] min = new int[HASHES];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
      long shingle = shingleHash(words, i);
      for (int h = 0; h < HASHES; h++) {
        int value = (int) (mix(shingle ^ SEEDS[h]) >>> 32);
        if (value < min[h]) {
          min[h] = value;
        }
      }
    }
    return new Signature(min);
  }

  /**
   * Groups signatures into stories.
   *
   * @return for each signature, the index of the first signature of its story (itself when it
   *     is the first or has no copy); copies therefore point back to an earlier index
   */
  public static int[] group(List<Signature> signatures) {
    Grouping grouping = new Grouping();
    int[] first = new int[signatures.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = grouping.add(signatures.get(i));
    }
    return first;
  }

  /**
   * {@link #group} one signature at a time, for a batch that meets its articles as it reads
   * them: the n-th {@link #add} answers what {@code group} gives the n-th signature.
   */
  public static final class Grouping {
    private final List<Signature> seen = new ArrayList<>();
    private final List<Integer> firsts = new ArrayList<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /** Adds the next signature; returns the index of the first signature of its story. */
    public int add(Signature signature) {
      int index = seen.size();
      seen.add(signature);
      int first = signature.comparable() ? earlierCopy(signature) : -1;
      if (first >= 0) {
        firsts.add(first);
        return first;
      }
      firsts.add(index);
      if (signature.comparable()) {
        for (int band = 0; band < BANDS; band++) {
          buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>()).add(index);
        }
      }
      return index;
    }

    private int earlierCopy(Signature signature) {
      for (int band = 0; band < BANDS; band++) {
        for (int candidate : buckets.getOrDefault(bandKey(signature, band), List.of())) {
          if (signature.similarity(seen.get(candidate)) >= SAME_STORY) {
            return firsts.get(candidate);
          }
        }
      }
      return -1;
    }
  }

  /** The groups of {@link #group} as lists of indexes, each in input order, groups by first. */
  public static List<List<Integer>> stories(int[] first) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < first.length; i++) {
      groups.computeIfAbsent(first[i], k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(groups.values());
  }

  /** A hash of one band's rows; two bands that collide are only compared, never merged. */
  private static long bandKey(Signature signature, int band) {
    long key = band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      key = mix(key * 31 + signature.minHashes()[r]);
    }
    return key;
  }

  static String[] words(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    String[] words = NOT_WORD.split(plain.strip());
    return words.length == 1 && words[0].isEmpty() ? new String[0] : words;
  }

  private static long shingleHash(String[] words, int start) {
    long hash = 0x9E3779B97F4A7C15L;
    for (int i = start; i < start + SHINGLE_WORDS; i++) {
      for (byte b : words[i].getBytes(StandardCharsets.UTF_8)) {
        hash = (hash ^ b) * 0x100000001B3L;
      }
      hash = mix(hash + 0x20);
    }
    return hash;
  }

  /** SplitMix64's finaliser: spreads every input bit over the whole result. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 42;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
