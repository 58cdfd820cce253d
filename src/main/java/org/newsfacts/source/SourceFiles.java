package org.newsfacts.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files a path stands for: itself, or a folder's files (recursive, sorted, not hidden). */
final class SourceFiles {
  private SourceFiles() {}

  static List<Path> of(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !isHidden(path, file))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(path);
    }
  }

  /** Hidden when any name below the given folder starts with a dot (.git, .DS_Store...). */
  private static boolean isHidden(Path root, Path file) {
    for (Path name : root.relativize(file)) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
