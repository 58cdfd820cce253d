package org.newsfacts.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.newsfacts.fact.Article;
import org.newsfacts.source.ArticleHandler;
import org.newsfacts.source.ArticleReader;

/**
 * The reading half of a task: {@link ArticleReader} turns one file, or one line of a JSON Lines
 * file, into {@link ReadItem}s, exactly as it does for {@code ingest}. A file on another file
 * system is first copied to a local temporary file (Tika and the container readers want a local
 * file), and its articles and reports are renamed after the original.
 */
final class ArticleReading {
  private ArticleReading() {}

  static List<ReadItem> readFile(InputFile file, JobSettings settings, Configuration hadoop) {
    ArticleReader reader = SharedReaders.reader(settings.readerOptions());
    if (file.local()) {
      Collector found =
          new Collector(new InputOrder(file.index(), 0, 0), UnaryOperator.identity());
      reader.read(Path.of(file.path()), found);
      return found.items;
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("newsfacts-read");
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file.path());
      Path copy = folder.resolve(remote.getName().isEmpty() ? "file" : remote.getName());
      FileSystem fs = remote.getFileSystem(hadoop);
      Collector found = new Collector(new InputOrder(file.index(), 0, 0), renaming(copy, file));
      if (!fs.exists(remote)) {
        found.failed(copy.toString(), "could not read", "no such file");
      } else if (fs.getFileStatus(remote).getLen() > settings.maxFileBytes()) {
        found.failed(copy.toString(), "could not read",
            "larger than " + settings.maxFileBytes() + " bytes");
      } else {
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(copy.toUri()), true);
        reader.read(copy, found);
      }
      return found.items;
    } catch (IOException e) {
      InputOrder order = new InputOrder(file.index(), 0, 0);
      String why = String.valueOf(e.getMessage());
      return List.of(ReadItem.failure(order, file.path(), "could not read", why));
    } finally {
      LocalFolders.deleteQuietly(folder);
    }
  }

  /**
   * Reads one line of a JSON Lines file.
   *
   * @param lineIndex the line's place in the file, counting from 0
   */
  static List<ReadItem> readLine(InputFile file, long lineIndex, String line, JobSettings settings) {
    ArticleReader reader = SharedReaders.reader(settings.readerOptions());
    Collector found =
        new Collector(new InputOrder(file.index(), lineIndex, 0), UnaryOperator.identity());
    reader.readJsonLine(file.path(), Math.toIntExact(lineIndex + 1), line, found);
    return found.items;
  }

  /** Puts the original file's name back where the temporary copy's stands. */
  private static UnaryOperator<String> renaming(Path copy, InputFile file) {
    String local = copy.toString();
    return source ->
        source.startsWith(local) ? file.path() + source.substring(local.length()) : source;
  }

  /** Keeps what the reader finds, numbering it in reading order. */
  private static final class Collector implements ArticleHandler {
    final List<ReadItem> items = new ArrayList<>();
    private final InputOrder first;
    private final UnaryOperator<String> rename;

    Collector(InputOrder first, UnaryOperator<String> rename) {
      this.first = first;
      this.rename = rename;
    }

    private InputOrder next() {
      return first.withEntry(items.size());
    }

    @Override
    public void article(Article article) {
      // withSource keeps every other field: a copy built field by field once lost the language.
      items.add(ReadItem.article(next(), article.withSource(rename.apply(article.source()))));
    }

    @Override
    public void failed(String source, String what, String why) {
      items.add(ReadItem.failure(next(), rename.apply(source), what, why));
    }

    @Override
    public void skipped(String source, String why) {
      items.add(ReadItem.skipped(next(), rename.apply(source), why));
    }

    @Override
    public void warning(String source, String message) {
      items.add(ReadItem.warning(next(), rename.apply(source), message));
    }
  }
}
