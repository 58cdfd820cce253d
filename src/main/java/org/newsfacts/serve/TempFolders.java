package org.newsfacts.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the temporary folders uploads and the benchmark work in. */
final class TempFolders {
  private TempFolders() {}

  /** Deletes the folder and everything in it; what cannot be deleted is left to the system. */
  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the system cleans /tmp.
    }
  }
}
