package org.newsfacts.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines at {@code \n}, {@code \r\n} or {@code \r}, like
 * {@link java.io.BufferedReader#readLine()}, but never holds more than {@code maxChars} of one
 * line: a longer line is skipped, so one enormous line cannot exhaust memory.
 */
final class BoundedLines {
  /** Stands for a line that was longer than the limit; compare by identity. */
  static final String TOO_LONG = new String("line too long");

  private final Reader in;
  private final long maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private boolean skipNewline; // the last line ended at '\r'; a '\n' right after belongs to it

  BoundedLines(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its line break, {@link #TOO_LONG}, or {@code null} at the end. */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (fill()) {
      char c = buffer[position++];
      if (skipNewline) {
        skipNewline = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        skipNewline = c == '\r';
        return tooLong ? TOO_LONG : line.toString();
      }
      if (line.length() >= maxChars) {
        tooLong = true;
        line.setLength(0);
        line.trimToSize();
      } else if (!tooLong) {
        line.append(c);
      }
    }
    if (!any) {
      return null;
    }
    return tooLong ? TOO_LONG : line.toString();
  }

  private boolean fill() throws IOException {
    if (position < end) {
      return true;
    }
    end = in.read(buffer, 0, buffer.length);
    position = 0;
    return end > 0;
  }
}
