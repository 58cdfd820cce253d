package org.newsfacts.extract.names;

import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsfacts.extract.corenlp.ModelDerivedFiles;

/**
 * The two fingerprint arrays {@link PronounGenders} derives from CoreNLP's noun gender data, kept
 * in a file in a folder the launcher names ({@value #FOLDER_PROPERTY}, its build folder). Deriving
 * them inflates and scans 72 MB of text, about a second of CPU at every start-up; reading them
 * back takes a few milliseconds. Like the launcher's class-data archive, the file is made by the
 * first run that needs it.
 *
 * <p>Where the file lies and when it is trusted is {@link ModelDerivedFiles}'s to decide. Without
 * the folder, or where anything about the file is wrong, the arrays are derived as before and
 * nothing fails.
 */
final class GenderFingerprintFile {
  /** System property naming the folder; no file is read or written when it is not set. */
  static final String FOLDER_PROPERTY = ModelDerivedFiles.FOLDER_PROPERTY;
  private static final int MAGIC = 0x4e464731; // "NFG1"

  /** The arrays as {@link PronounGenders} keeps them: sorted fingerprints. */
  record Fingerprints(long[] things, long[] known) {}

  private final Path file;

  GenderFingerprintFile(Path file) {
    this.file = file;
  }

  /** The file for the gender data at {@code source} in the folder the launcher set, if any. */
  static Optional<GenderFingerprintFile> forSource(URL source) {
    if (source == null) {
      return Optional.empty();
    }
    return ModelDerivedFiles.file("pronoun-genders", List.of(source), ".bin").map(GenderFingerprintFile::new);
  }

  /** The saved arrays, when the file is there, whole, and newer than the code reading it. */
  Optional<Fingerprints> read() {
    return ModelDerivedFiles.readIfCurrent(file).flatMap(GenderFingerprintFile::fingerprints);
  }

  private static Optional<Fingerprints> fingerprints(byte[] saved) {
    try {
      ByteBuffer bytes = ByteBuffer.wrap(saved);
      if (bytes.remaining() < 12 || bytes.getInt() != MAGIC) {
        return Optional.empty();
      }
      long[] things = longs(bytes);
      long[] known = longs(bytes);
      return things == null || known == null || bytes.hasRemaining()
          ? Optional.empty()
          : Optional.of(new Fingerprints(things, known));
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged file: derived again
    }
  }

  /** Saves the arrays; written whole under another name and then renamed, or not at all. */
  void write(Fingerprints fingerprints) {
    ByteBuffer bytes =
        ByteBuffer.allocate(12 + 8 * (fingerprints.things().length + fingerprints.known().length));
    bytes.putInt(MAGIC);
    for (long[] values : new long[][] {fingerprints.things(), fingerprints.known()}) {
      bytes.putInt(values.length);
      bytes.asLongBuffer().put(values);
      bytes.position(bytes.position() + 8 * values.length);
    }
    ModelDerivedFiles.writeWhole(file, bytes.array());
  }

  private static long[] longs(ByteBuffer bytes) {
    if (bytes.remaining() < 4) {
      return null;
    }
    int count = bytes.getInt();
    if (count < 0 || bytes.remaining() < 8L * count) {
      return null;
    }
    long[] values = new long[count];
    bytes.asLongBuffer().get(values);
    bytes.position(bytes.position() + 8 * count);
    return values;
  }
}
