package org.newsfacts.extract.corenlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides which line breaks end a sentence. The tagger is configured to break sentences at every
 * newline — right for text with one sentence, headline, dateline or table row per line, where
 * CoNLL-style text loses most when lines run together — and this class unwraps hard-wrapped
 * prose (newswire wrapped at 65 columns) first, so its sentences stay whole.
 *
 * <p>The result has exactly the length of the input (a joined newline becomes a space), so every
 * offset the tagger reports is an offset into the original text.
 */
public final class LineBreaks {
  /** Share of line breaks that must fall mid-sentence before a text counts as hard-wrapped. */
  private static final double WRAPPED_SHARE = 0.2;

  private LineBreaks() {}

  /** The text with the newlines of hard wrapping replaced by spaces; other text unchanged. */
  static String unwrapped(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 3 || !isHardWrapped(lines)) {
      return text;
    }
    int margin = wrapMargin(lines);
    char[] chars = text.toCharArray();
    int offset = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      offset += lines[i].length();
      // A line filled to near the margin was wrapped; a short one (headline, dateline, the end of a
      // paragraph) ended where its author ended it. Blank lines always stay paragraph breaks.
      boolean filled = lines[i].strip().length() >= margin / 2;
      if (filled && !lines[i + 1].isBlank() && !lines[i].isBlank()) {
        chars[offset] = ' ';
      }
      offset++;
    }
    return new String(chars);
  }

  private static boolean isHardWrapped(String[] lines) {
    int breaks = 0;
    int midSentence = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (line.isEmpty() || next.isEmpty()) {
        continue;
      }
      breaks++;
      char last = line.charAt(line.length() - 1);
      char first = next.charAt(0);
      if (".!?:;\"')”’".indexOf(last) < 0 && (Character.isLowerCase(first) || Character.isDigit(first))) {
        midSentence++;
      }
    }
    return breaks >= 2 && midSentence >= WRAPPED_SHARE * breaks;
  }

  /** The length lines are wrapped at: the 90th percentile of non-blank line lengths. */
  private static int wrapMargin(String[] lines) {
    List<Integer> lengths = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        lengths.add(line.strip().length());
      }
    }
    int[] sorted = lengths.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(sorted);
    return sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
  }
}
