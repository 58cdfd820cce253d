package org.newsfacts.extract.places;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarEntry;

/**
 * Lines derived from files of the models jar at start-up (the places and the titles of CoreNLP's
 * 18 MB KBP gazetteer, which is inflated and scanned once for each), kept in a file in the folder
 * the launcher names ({@code newsfacts.cache}, its build folder). Reading them back takes
 * milliseconds instead of about half a second of CPU each; like the noun gender fingerprints and
 * the class-data archive, the file is made by the first run that derives the lines.
 *
 * <p>A file is used only while it is newer than the Newsfacts jar (a new build may derive
 * differently), and for the same source files: its name carries their checksums and sizes.
 * Without the folder, or when anything about the file is wrong, the lines are derived as before.
 * Lines must not contain a line break.
 */
public final class DerivedLines {
  /** System property naming the folder; no file is read or written when it is not set. */
  static final String FOLDER_PROPERTY = "newsfacts.cache";
  // The last line of a whole file: a file cut short by a crash lacks it and is not used.
  private static final String END = "\u0000end";

  private DerivedLines() {}

  /**
   * The lines {@code derive} gives for these sources, read from the saved file when there is a
   * good one, else derived and saved.
   *
   * @param kind names the file ("places"), one kind per derivation
   * @param sources resources of the models jar the lines are derived from
   */
  public static List<String> of(String kind, List<URL> sources, Supplier<List<String>> derive) {
    Optional<Path> file = file(kind, sources);
    Optional<List<String>> saved = file.flatMap(DerivedLines::read);
    if (saved.isPresent()) {
      return saved.get();
    }
    List<String> derived = derive.get();
    if (!derived.isEmpty()) {
      file.ifPresent(f -> write(f, derived));
    }
    return derived;
  }

  /** The file for these sources in the folder the launcher set, if any. */
  static Optional<Path> file(String kind, List<URL> sources) {
    String folder = System.getProperty(FOLDER_PROPERTY);
    if (folder == null || folder.isBlank()) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder(kind);
    try {
      for (URL source : sources) {
        if (source == null) {
          return Optional.empty();
        }
        URLConnection connection = source.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
          return Optional.empty(); // classes unpacked (an IDE): no checksum to name the file by
        }
        JarEntry entry = jar.getJarEntry();
        name.append('-').append(Long.toHexString(entry.getCrc())).append('-').append(entry.getSize());
      }
      return Optional.of(Path.of(folder).resolve(name.append(".txt").toString()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<List<String>> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || !newerThanThisBuild(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(END)) {
        return Optional.empty();
      }
      return Optional.of(List.copyOf(lines.subList(0, lines.size() - 1)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Saves the lines; written whole under another name and then renamed, or not at all. */
  static void write(Path file, List<String> lines) {
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
    try {
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
          return; // would not read back as one line: derived again next time
        }
        text.append(line).append('\n');
      }
      text.append(END).append('\n');
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // a read-only folder: the next run derives the lines again
      }
    }
  }

  private static boolean newerThanThisBuild(Path file) throws IOException {
    try {
      URL code = DerivedLines.class.getProtectionDomain().getCodeSource().getLocation();
      Path build = Path.of(code.toURI());
      return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(build)) > 0;
    } catch (URISyntaxException | RuntimeException e) {
      return false;
    }
  }
}
