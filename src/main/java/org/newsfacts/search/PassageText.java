package org.newsfacts.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Turns one highlighter passage into a {@link Snippet}: white space collapsed onto one line, and
 * a passage longer than {@link #MAX_LENGTH} (a badly punctuated text can run for pages without a
 * sentence break) cut to a window round its first match; the match offsets follow every change.
 */
final class PassageText {
  static final int MAX_LENGTH = 300;
  private static final String CUT = "…";

  private final StringBuilder text = new StringBuilder();
  private final List<int[]> spans = new ArrayList<>();

  private PassageText() {}

  static Snippet of(Passage passage, String content) {
    PassageText out = new PassageText();
    int pos = passage.getStartOffset();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = passage.getMatchStarts()[i];
      int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
      if (start < pos || end <= start) {
        continue; // overlaps the previous match
      }
      out.append(content, pos, start);
      int from = out.text.length();
      out.append(content, start, end);
      if (out.text.length() > from && out.text.charAt(from) == ' ') {
        from++; // a match never starts with the space that joins it to the text before
      }
      if (out.text.length() > from) {
        out.spans.add(new int[] {from, out.text.length()});
      }
      pos = end;
    }
    out.append(content, pos, passage.getEndOffset());
    out.stripTrailingSpace();
    return out.shortened();
  }

  // Each run of white space becomes one space; none at the start.
  private void append(String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else {
        text.append(c);
      }
    }
  }

  private void stripTrailingSpace() {
    if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
      for (int[] span : spans) {
        span[1] = Math.min(span[1], text.length());
      }
      spans.removeIf(span -> span[1] <= span[0]);
    }
  }

  private Snippet shortened() {
    if (text.length() <= MAX_LENGTH) {
      return snippet(text.toString(), 0, 0, text.length());
    }
    int firstMatch = spans.isEmpty() ? 0 : spans.get(0)[0];
    int start = Math.max(0, Math.min(firstMatch - MAX_LENGTH / 3, text.length() - MAX_LENGTH));
    if (start > 0) {
      int space = text.indexOf(" ", start);
      start = space >= 0 && space < firstMatch ? space + 1 : start; // begin at a word
    }
    int end = Math.min(text.length(), start + MAX_LENGTH);
    int space = text.lastIndexOf(" ", end);
    end = end < text.length() && space > start + MAX_LENGTH / 2 ? space : end; // end after a word
    boolean cutAtEnd = end < text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    String prefix = start > 0 ? CUT + " " : "";
    String window = prefix + text.substring(start, end) + (cutAtEnd ? " " + CUT : "");
    return snippet(window, start, prefix.length(), prefix.length() + end - start);
  }

  // Spans moved from the collapsed text (cut at dropFrom) to the window, where that text runs
  // from shift to textEnd.
  private Snippet snippet(String window, int dropFrom, int shift, int textEnd) {
    List<Snippet.Span> highlights = new ArrayList<>();
    for (int[] span : spans) {
      int from = Math.max(span[0] - dropFrom + shift, shift);
      int to = Math.min(span[1] - dropFrom + shift, textEnd);
      if (to > from) {
        highlights.add(new Snippet.Span(from, to));
      }
    }
    return new Snippet(window, highlights);
  }
}
