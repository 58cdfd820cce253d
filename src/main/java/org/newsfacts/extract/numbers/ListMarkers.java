package org.newsfacts.extract.numbers;

/**
 * The number of an item in a numbered list ("1. Plan ahead", "2) Keep a copy", "(3) Budget")
 * orders the items; it counts nothing. Web pages are full of them: ranked lists, listicles and
 * step-by-step guides made one in nine of the quantity facts read from 400 web news pages.
 *
 * <p>A marker stands first on its line, a full stop or closing bracket right after it, and
 * begins a block: the text starts there, a blank line is before it, or the line before ends a
 * sentence. The last condition keeps the amount of hard-wrapped wire copy whose line happens to
 * start with a sentence's last number ("profit rose by" / "12. The company said").
 */
final class ListMarkers {
  private ListMarkers() {}

  /** Whether the number written at {@code [start, end)} of {@code text} is a list item's number. */
  static boolean isMarker(String text, int start, int end) {
    int after = end;
    if (after < text.length() && (text.charAt(after) == '.' || text.charAt(after) == ')')) {
      after++;
    } else if (after == start || (text.charAt(after - 1) != '.' && text.charAt(after - 1) != ')')) {
      return false; // the mention may hold the stop itself: "1."
    }
    if (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
      return false; // "1.5", "3.)x"
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    String lead = text.substring(lineStart, start).strip();
    if (!lead.isEmpty() && !lead.equals("(")) {
      return false;
    }
    return lineStart == 0 || startsBlock(text, lineStart - 1);
  }

  // The line before the one that ends at newline: blank, or ending a sentence or a heading's colon.
  private static boolean startsBlock(String text, int newline) {
    int previousStart = text.lastIndexOf('\n', newline - 1) + 1;
    String previous = text.substring(previousStart, newline).strip();
    if (previous.isEmpty()) {
      return true;
    }
    char last = previous.charAt(previous.length() - 1);
    return ".!?:;\"”’)".indexOf(last) >= 0;
  }
}
