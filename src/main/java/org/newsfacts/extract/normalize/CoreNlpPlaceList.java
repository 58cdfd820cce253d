package org.newsfacts.extract.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The places and nationalities of the KBP gazetteer inside the CoreNLP models jar, read as data (no
 * CoreNLP class is loaded). Its lines are {@code phrase TAB type TAB overwritable types TAB
 * priority}; the phrases are lower case and carry no link to a canonical name or code.
 */
final class CoreNlpPlaceList {
  static final String RESOURCE =
      "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private static final String NATIONALITY = "NATIONALITY";
  private static final List<String> TYPES =
      List.of(PlaceInfo.CITY, PlaceInfo.COUNTRY, PlaceInfo.STATE_OR_PROVINCE, NATIONALITY);
  private static final byte[][] TYPE_BYTES =
      TYPES.stream().map(type -> type.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
  private static final byte[] LOCATION = "LOCATION".getBytes(StandardCharsets.US_ASCII);

  /**
   * @param phrase the name, lower case, as the gazetteer writes it
   * @param type COUNTRY, STATE_OR_PROVINCE, CITY or NATIONALITY
   */
  record Entry(String phrase, String type) {}

  private CoreNlpPlaceList() {}

  /** The entries in file order, or an empty list when the models jar is not on the classpath. */
  static List<Entry> read() {
    try (InputStream in = CoreNlpPlaceList.class.getResourceAsStream(RESOURCE)) {
      return in == null ? List.of() : parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  // Scans bytes and decodes only the lines it keeps: 94% of the 580,000 lines are derived forms
  // ("baghdad-born", "paris-area") marked MISC in the third column, and decoding them all
  // doubled the load time. Only LOCATION lines are place names. A few lines are regular
  // expressions ("u\\.s\\.", "china\\/中国"); the curated files cover the useful ones.
  private static List<Entry> parse(byte[] bytes) {
    List<Entry> entries = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < bytes.length) {
      int lineEnd = indexOf(bytes, (byte) '\n', lineStart, bytes.length);
      int first = indexOf(bytes, (byte) '\t', lineStart, lineEnd);
      int second = indexOf(bytes, (byte) '\t', first + 1, lineEnd);
      if (second < lineEnd) {
        String type = typeOf(bytes, first + 1, second);
        boolean location = startsWith(bytes, second + 1, lineEnd, LOCATION);
        boolean keep = type != null && (location || type.equals(NATIONALITY));
        if (keep && indexOf(bytes, (byte) '\\', lineStart, first) == first) {
          String phrase = new String(bytes, lineStart, first - lineStart, StandardCharsets.UTF_8);
          entries.add(new Entry(phrase, type));
        }
      }
      lineStart = lineEnd + 1;
    }
    return entries;
  }

  private static String typeOf(byte[] bytes, int from, int to) {
    for (int i = 0; i < TYPES.size(); i++) {
      if (to - from == TYPE_BYTES[i].length && startsWith(bytes, from, to, TYPE_BYTES[i])) {
        return TYPES.get(i);
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The index of {@code b} in {@code bytes[from, to)}, or {@code to} when absent. */
  private static int indexOf(byte[] bytes, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return to;
  }
}
