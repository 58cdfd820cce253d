package org.newsfacts.extract.corenlp;

import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lines derived from files of the models jar at start-up (the places and the titles of CoreNLP's
 * 18 MB KBP gazetteer, which is inflated and scanned once for each), kept in a file in the folder
 * the launcher names ({@code newsfacts.cache}, its build folder). Reading them back takes
 * milliseconds instead of about half a second of CPU each; like the noun gender fingerprints and
 * the class-data archive, the file is made by the first run that derives the lines.
 *
 * <p>Where the file lies and when it is trusted is {@link ModelDerivedFiles}'s to decide. Without
 * the folder, or when anything about the file is wrong, the lines are derived as before.
 * Lines must not contain a line break.
 */
public final class DerivedLines {
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
    return ModelDerivedFiles.file(kind, sources, ".txt");
  }

  static Optional<List<String>> read(Path file) {
    return ModelDerivedFiles.readIfCurrent(file).flatMap(DerivedLines::wholeLines);
  }

  /** The lines of a whole file: one cut short by a crash lacks the end line and is not used. */
  private static Optional<List<String>> wholeLines(byte[] bytes) {
    try {
      List<String> lines =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
      if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(END)) {
        return Optional.empty();
      }
      return Optional.of(List.copyOf(lines.subList(0, lines.size() - 1)));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Saves the lines, whole or not at all. */
  static void write(Path file, List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        return; // would not read back as one line: derived again next time
      }
      text.append(line).append('\n');
    }
    text.append(END).append('\n');
    ModelDerivedFiles.writeWhole(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
