package org.newsfacts.extract.places;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsfacts.extract.corenlp.DerivedLines;

/**
 * The places and nationalities of the KBP gazetteers inside the CoreNLP models jar, read as data
 * (no CoreNLP class is loaded). Their lines are {@code phrase TAB type TAB overwritable types TAB
 * priority}; the phrases carry no link to a canonical name, a country or a code.
 *
 * <p>The caseless file has most places, in lower case. Cities that are also surnames ("Houston",
 * "Austin", "Santiago") are only in the small cased file, which CoreNLP matches case-sensitively;
 * they are read after the caseless ones, so they never override them.
 */
public final class CoreNlpPlaceList {
  public static final String CASELESS =
      "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  private static final String NATIONALITY = "NATIONALITY";
  private static final List<String> TYPES =
      List.of(PlaceInfo.CITY, PlaceInfo.COUNTRY, PlaceInfo.STATE_OR_PROVINCE, NATIONALITY);
  private static final byte[][] TYPE_BYTES =
      TYPES.stream().map(type -> type.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
  private static final Pattern REGEX = Pattern.compile("[\\\\?*+\\[\\]()|]");
  private static final byte[] LOCATION = "LOCATION".getBytes(StandardCharsets.US_ASCII);

  /**
   * @param phrase the name, lower case, as the gazetteer writes it
   * @param type COUNTRY, STATE_OR_PROVINCE, CITY or NATIONALITY
   */
  record Entry(String phrase, String type) {}

  private CoreNlpPlaceList() {}

  /**
   * The entries in file order, or an empty list when the models jar is not on the classpath.
   * Kept in the build folder after the first run ({@link DerivedLines}).
   */
  static List<Entry> read() {
    List<String> lines =
        DerivedLines.of(
            "places",
            List.of(CoreNlpPlaceList.class.getResource(CASELESS), CoreNlpPlaceList.class.getResource(CASED)),
            () -> derive().stream().map(e -> e.phrase() + '\t' + e.type()).toList());
    List<Entry> entries = new ArrayList<>(lines.size());
    for (String line : lines) {
      int tab = line.indexOf('\t');
      entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1).intern()));
    }
    return entries;
  }

  /** The entries in file order, read from the gazetteer files themselves. */
  static List<Entry> derive() {
    List<Entry> entries = new ArrayList<>(read(CASELESS));
    for (Entry entry : read(CASED)) {
      // The cased file's state codes ("AL", "IN", "OR") are English words once case is ignored.
      if (!entry.type().equals(NATIONALITY) && !isShortCode(entry.phrase())) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static List<Entry> read(String resource) {
    try (InputStream in = CoreNlpPlaceList.class.getResourceAsStream(resource)) {
      return in == null ? List.of() : parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static boolean isShortCode(String phrase) {
    return phrase.length() <= 3 && phrase.equals(phrase.toUpperCase(Locale.ROOT));
  }

  // Scans bytes and decodes only the lines it keeps (54,000 of 586,000): most lines are derived
  // forms ("baghdad-born", "paris-area") marked MISC in the third column, or people, titles and
  // religions. Only LOCATION lines are place names. A few are regular expressions ("u\\.s\\.",
  // "china\\/中国"), which are skipped; the curated files cover the useful ones.
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
        String phrase = keep ? new String(bytes, lineStart, first - lineStart, UTF_8) : "";
        if (keep && !REGEX.matcher(phrase).find()) {
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
