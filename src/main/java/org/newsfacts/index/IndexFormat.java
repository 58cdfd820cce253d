package org.newsfacts.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The version of the index layout, kept in each commit's user data. A reader refuses layouts it
 * does not know rather than return wrong results; a writer refuses folders that hold anything
 * but an index, so a mistyped {@code --index} never overwrites someone's files.
 */
public final class IndexFormat {
  /** Bump when fields change meaning; older indexes must then be rebuilt. */
  static final int CURRENT = 1;

  static final String KEY = "newsfacts.index.format";

  private IndexFormat() {}

  /** The user data every commit carries. */
  static Map<String, String> commitData() {
    return Map.of(KEY, Integer.toString(CURRENT));
  }

  /** Throws unless {@code directory} (at {@code path}) holds a Newsfacts index this code reads. */
  public static void checkReadable(Directory directory, Path path) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      throw new NotAnIndexException(path + " is not a Newsfacts index (run 'newsfacts ingest')");
    }
    Map<String, String> userData;
    try {
      userData = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
      throw new NotAnIndexException(
          path + " was written by an incompatible Lucene version; rebuild it with ingest", e);
    } catch (CorruptIndexException e) {
      throw new NotAnIndexException(path + " is a damaged index; rebuild it with ingest", e);
    }
    String format = userData.get(KEY);
    if (format == null) {
      throw new NotAnIndexException(path + " is a Lucene index, but not a Newsfacts index");
    }
    int version = parseVersion(format, path);
    if (version > CURRENT) {
      throw new NotAnIndexException(
          path + " has index format " + version + ", newer than this Newsfacts reads ("
              + CURRENT + "); update Newsfacts");
    }
    if (version < CURRENT) {
      throw new NotAnIndexException(
          path + " has the old index format " + version + "; rebuild it with ingest");
    }
  }

  /**
   * True when the folder has no files but hidden ones (such as {@code .gitkeep}) and perhaps the
   * lock file of a writer killed before its first commit.
   */
  static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .allMatch(name -> name.startsWith(".") || name.equals(IndexWriter.WRITE_LOCK_NAME));
    }
  }

  private static int parseVersion(String format, Path path) throws NotAnIndexException {
    try {
      return Integer.parseInt(format);
    } catch (NumberFormatException e) {
      throw new NotAnIndexException(path + " has an unreadable index format: " + format, e);
    }
  }
}
