package org.newsfacts.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure: F1 of word 4-gram multisets, so a test can hold
 * extracted text to a reference text without requiring it to match character for character.
 */
final class ShingleF1 {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleF1() {}

  /**
   * Shingle counts of one comparison.
   *
   * @param overlap shingles in both texts
   * @param found shingles in the extracted text
   * @param wanted shingles in the reference text
   */
  record Counts(int overlap, int found, int wanted) {
    double precision() {
      return found == 0 ? 0 : (double) overlap / found;
    }

    double recall() {
      return wanted == 0 ? 0 : (double) overlap / wanted;
    }
  }

  static double of(String reference, String extracted) {
    Counts counts = counts(reference, extracted);
    double p = counts.precision();
    double r = counts.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static Counts counts(String reference, String extracted) {
    Map<List<String>, Integer> want = shingles(reference);
    Map<List<String>, Integer> got = shingles(extracted);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> entry : got.entrySet()) {
      overlap += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
    }
    int wanted = want.values().stream().mapToInt(Integer::intValue).sum();
    int found = got.values().stream().mapToInt(Integer::intValue).sum();
    return new Counts(overlap, found, wanted);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + 4 <= words.size(); i++) {
      counts.merge(List.copyOf(words.subList(i, i + 4)), 1, Integer::sum);
    }
    if (!words.isEmpty() && words.size() < 4) {
      counts.merge(List.copyOf(words), 1, Integer::sum); // as the benchmark counts short texts
    }
    return counts;
  }
}
