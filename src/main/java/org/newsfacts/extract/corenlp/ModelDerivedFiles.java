package org.newsfacts.extract.corenlp;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Files of what start-up derives from the models jar (noun gender fingerprints, gazetteer places
 * and titles), kept in the folder the launcher names ({@value #FOLDER_PROPERTY}, its build folder)
 * so that later runs read them back in milliseconds. One place decides where such a file lies,
 * when it may be trusted and how it is written, for every kind that keeps one.
 *
 * <p>A file's name carries the checksums and sizes of the jar entries it was derived from, and it
 * is used only while it is newer than the Newsfacts jar (a new build may derive differently).
 * Without the folder, or where anything about a file is wrong, callers derive as before.
 */
public final class ModelDerivedFiles {
  /** System property naming the folder; no file is read or written when it is not set. */
  public static final String FOLDER_PROPERTY = "newsfacts.cache";

  private ModelDerivedFiles() {}

  /**
   * The file for {@code kind} derived from these resources of the models jar, in the folder the
   * launcher set: "KIND-CRC-SIZE...EXTENSION"; empty without the folder or a jar to name it by.
   */
  public static Optional<Path> file(String kind, List<URL> sources, String extension) {
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
      return Optional.of(Path.of(folder).resolve(name.append(extension).toString()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The file's bytes, when it is there and newer than this build; else empty. */
  public static Optional<byte[]> readIfCurrent(Path file) {
    try {
      if (!Files.isRegularFile(file) || !newerThanThisBuild(file)) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Saves the bytes; written whole under another name and then renamed, or not at all. */
  public static void writeWhole(Path file, byte[] bytes) {
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // a read-only folder: the next run derives again
      }
    }
  }

  private static boolean newerThanThisBuild(Path file) throws IOException {
    try {
      URL code = ModelDerivedFiles.class.getProtectionDomain().getCodeSource().getLocation();
      Path build = Path.of(code.toURI());
      return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(build)) > 0;
    } catch (URISyntaxException | RuntimeException e) {
      return false;
    }
  }
}
