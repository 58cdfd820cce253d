package org.newsfacts.extract.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * How the web speaks of a word, from the pronoun counts CoreNLP's models ship for coreference
 * (Bergsma and Lin's noun gender data, {@code dcoref/gender.data.gz}: for each noun, how often a
 * "he", "she", "it" or "they" referred back to it in a large web corpus), and the first names
 * CoreNLP lists with their gender ({@code dcoref/namegender.combine.txt}).
 *
 * <p>A word that the web calls "it" far more often than "he" or "she" ("Deloitte", "Python",
 * "Accenture") is a thing or a company, not a person. Only one-word entries are kept, and only as
 * 64-bit fingerprints in two sorted arrays, so the 600,000 words cost a few megabytes.
 */
public final class PronounGenders {
  static final String GENDER_DATA = "/edu/stanford/nlp/models/dcoref/gender.data.gz";
  static final String FIRST_NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  // "it" must outnumber "he" and "she" together this many times, over at least MIN_COUNT uses:
  // "Jeanne" (664 it, 214 he/she) is why a first name is checked apart; "Pitt" (1,955 / 1,733)
  // and "Voltaire" (31 / 27) stay people.
  private static final int NEUTER_RATIO = 3;
  private static final int MIN_COUNT = 10;

  private static final class Holder {
    static final PronounGenders STANDARD = load();
  }

  private final long[] things;
  private final long[] known;
  private final Set<String> firstNames;

  PronounGenders(long[] things, long[] known, Set<String> firstNames) {
    this.things = things;
    this.known = known;
    this.firstNames = Set.copyOf(firstNames);
  }

  /** The data of CoreNLP's models jar, loaded on first use; thread-safe. */
  public static PronounGenders standard() {
    return Holder.STANDARD;
  }

  /** Whether the web refers to the word as "it" far more often than as "he" or "she". */
  public boolean isThing(String word) {
    return Arrays.binarySearch(things, fingerprint(word)) >= 0;
  }

  /** Whether the word was seen often enough in the web corpus to have pronoun counts at all. */
  public boolean isKnown(String word) {
    return Arrays.binarySearch(known, fingerprint(word)) >= 0;
  }

  /** Whether the word is a first name CoreNLP lists ("Jeanne", "Bobby"). */
  public boolean isFirstName(String word) {
    return firstNames.contains(word.toLowerCase(Locale.ROOT));
  }

  // FNV-1a over the lower-cased word: 64 bits make a collision among 600,000 words unlikely.
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  static long fingerprint(String word) {
    long hash = FNV_OFFSET;
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      hash = (hash ^ lower.charAt(i)) * FNV_PRIME;
    }
    return hash;
  }

  /** Counts for one word, in the data's order: masculine, feminine, neuter, plural. */
  static boolean isThing(long male, long female, long neuter) {
    return neuter >= MIN_COUNT && neuter >= NEUTER_RATIO * (male + female);
  }

  private static PronounGenders load() {
    Optional<GenderFingerprintFile> saved =
        GenderFingerprintFile.forSource(PronounGenders.class.getResource(GENDER_DATA));
    GenderFingerprintFile.Fingerprints fingerprints =
        saved.flatMap(GenderFingerprintFile::read).orElseGet(() -> {
          GenderFingerprintFile.Fingerprints derived = derive();
          saved.ifPresent(file -> file.write(derived));
          return derived;
        });
    Set<String> firstNames = new HashSet<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(resource(FIRST_NAMES), StandardCharsets.ISO_8859_1))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          firstNames.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's first names", e);
    }
    return new PronounGenders(fingerprints.things(), fingerprints.known(), firstNames);
  }

  /** The fingerprints of the noun gender data, read from the models jar. */
  static GenderFingerprintFile.Fingerprints derive() {
    LongList things = new LongList();
    LongList known = new LongList();
    try (InputStream in = new GZIPInputStream(resource(GENDER_DATA), 1 << 16)) {
      readCounts(in, things, known);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's noun gender data", e);
    }
    return new GenderFingerprintFile.Fingerprints(things.sorted(), known.sorted());
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = PronounGenders.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException(path + " is not on the class path (the CoreNLP models jar)");
    }
    return in;
  }

  /**
   * Reads "word TAB masculine feminine neuter plural" lines byte by byte: three million lines
   * made into strings took four seconds of start-up, this takes under one. Phrases ("! #", "the
   * house") are skipped, as a lone name is one word; so are words seen fewer than five times.
   */
  static void readCounts(InputStream in, LongList things, LongList known) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long hash = FNV_OFFSET;
    boolean inWord = true;
    boolean phrase = false;
    long[] counts = new long[4];
    int field = 0;
    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
      for (int i = 0; i < read; i++) {
        int b = buffer[i] & 0xff;
        if (b == '\n') {
          if (!inWord && !phrase && counts[0] + counts[1] + counts[2] + counts[3] >= 5) {
            known.add(hash);
            if (isThing(counts[0], counts[1], counts[2])) {
              things.add(hash);
            }
          }
          hash = FNV_OFFSET;
          inWord = true;
          phrase = false;
          Arrays.fill(counts, 0);
          field = 0;
        } else if (inWord) {
          if (b == '\t') {
            inWord = false;
          } else if (b == ' ') {
            phrase = true;
          } else {
            hash = (hash ^ Character.toLowerCase((char) b)) * FNV_PRIME;
          }
        } else if (b >= '0' && b <= '9' && field < 4) {
          counts[field] = counts[field] * 10 + (b - '0');
        } else if (b == ' ') {
          field++;
        }
      }
    }
  }

  /** A growing array of longs: the boxed alternative would cost ten times the memory. */
  static final class LongList {
    private long[] values = new long[1 << 16];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }
}
