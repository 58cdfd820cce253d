package org.newsfacts.extract.names;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * The two fingerprint arrays {@link PronounGenders} derives from CoreNLP's noun gender data, kept
 * in a file in a folder the launcher names ({@value #FOLDER_PROPERTY}, its build folder). Deriving
 * them inflates and scans 72 MB of text, about a second of CPU at every start-up; reading them
 * back takes a few milliseconds. Like the launcher's class-data archive, the file is made by the
 * first run that needs it.
 *
 * <p>A file is used only while it is newer than the Newsfacts jar that reads it (a new build may
 * derive differently) and for the same gender data: its name carries the checksum and size of
 * that entry of the models jar. Without the folder, or where anything about the file is wrong,
 * the arrays are derived as before and nothing fails.
 */
final class GenderFingerprintFile {
  /** System property naming the folder; no file is read or written when it is not set. */
  static final String FOLDER_PROPERTY = "newsfacts.cache";
  private static final int MAGIC = 0x4e464731; // "NFG1"

  /** The arrays as {@link PronounGenders} keeps them: sorted fingerprints. */
  record Fingerprints(long[] things, long[] known) {}

  private final Path file;

  GenderFingerprintFile(Path file) {
    this.file = file;
  }

  /** The file for the gender data at {@code source} in the folder the launcher set, if any. */
  static Optional<GenderFingerprintFile> forSource(URL source) {
    String folder = System.getProperty(FOLDER_PROPERTY);
    if (folder == null || folder.isBlank() || source == null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = source.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return Optional.empty(); // classes unpacked (an IDE): no checksum to name the file by
      }
      JarEntry entry = jar.getJarEntry();
      String name =
          "pronoun-genders-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize() + ".bin";
      return Optional.of(new GenderFingerprintFile(Path.of(folder).resolve(name)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The saved arrays, when the file is there, whole, and newer than the code reading it. */
  Optional<Fingerprints> read() {
    try {
      if (!Files.isRegularFile(file) || !newerThanThisBuild()) {
        return Optional.empty();
      }
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
      if (bytes.remaining() < 12 || bytes.getInt() != MAGIC) {
        return Optional.empty();
      }
      long[] things = longs(bytes);
      long[] known = longs(bytes);
      return things == null || known == null || bytes.hasRemaining()
          ? Optional.empty()
          : Optional.of(new Fingerprints(things, known));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
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
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
    try {
      Files.write(tmp, bytes.array());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // a read-only folder: the next run derives the arrays again
      }
    }
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

  private boolean newerThanThisBuild() throws IOException {
    try {
      URL code = GenderFingerprintFile.class.getProtectionDomain().getCodeSource().getLocation();
      Path build = Path.of(code.toURI());
      return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(build)) > 0;
    } catch (URISyntaxException | RuntimeException e) {
      return false;
    }
  }
}
