package org.newsfacts.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsfacts.source.ArticleReader;

/**
 * Expands the command line's paths into the files to read, in the order {@code ingest} reads
 * them: each path in turn, a folder's files recursively and sorted, hidden ones left out. Local
 * paths are listed by {@link ArticleReader#files} itself; other file systems (HDFS, S3, ...)
 * through Hadoop's API by the same rules.
 */
final class InputListing {
  private InputListing() {}

  static List<InputFile> list(List<String> paths, Configuration hadoop) throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String path : paths) {
      if (isLocal(path, hadoop)) {
        for (Path file : SharedReaders.listing().files(Path.of(localPath(path)))) {
          files.add(
              new InputFile(
                  files.size(), file.toString(), ArticleReader.isJsonLines(file), true));
        }
      } else {
        for (String file : listRemote(path, hadoop)) {
          String name = new org.apache.hadoop.fs.Path(file).getName();
          files.add(
              new InputFile(files.size(), file, ArticleReader.isJsonLines(Path.of(name)), false));
        }
      }
    }
    return files;
  }

  /** Whether Hadoop takes the path for one on the local disk ({@code file:} or no scheme). */
  static boolean isLocal(String path, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(path);
    String scheme = hadoopPath.toUri().getScheme();
    if (scheme != null) {
      return "file".equals(scheme);
    }
    return hadoopPath.getFileSystem(hadoop) instanceof LocalFileSystem;
  }

  /** The local path a {@code file:} URI or plain path names. */
  static String localPath(String path) {
    return path.startsWith("file:") ? Path.of(java.net.URI.create(path)).toString() : path;
  }

  private static List<String> listRemote(String path, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = root.getFileSystem(hadoop);
    FileStatus status;
    try {
      status = fs.getFileStatus(root);
    } catch (java.io.FileNotFoundException e) {
      return List.of(path); // reading it reports "no such file", as ingest does
    }
    if (!status.isDirectory()) {
      return List.of(path);
    }
    String prefix = status.getPath().toString();
    List<String> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> walk = fs.listFiles(root, true);
    while (walk.hasNext()) {
      String file = walk.next().getPath().toString();
      if (!isHidden(file.substring(Math.min(prefix.length(), file.length())))) {
        files.add(file);
      }
    }
    files.sort(null);
    return files;
  }

  /** Hidden when a name below the listed folder starts with a dot, as SourceFiles has it. */
  private static boolean isHidden(String relative) {
    for (String name : relative.split("/")) {
      if (name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
