package org.newsfacts.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Turns paths into articles: a file, a folder (recursive, sorted, hidden files skipped), or a
 * JSON Lines file of articles. Thread-safe; create one and reuse it, since the parsers are set up
 * once. A bad file never throws: it is reported to the handler and reading goes on.
 *
 * <p>Each file is parsed on a worker thread so a parser that hangs can be abandoned after the
 * configured timeout; what it found is then handed to the handler on the calling thread.
 */
public final class ArticleReader {
  private static final Pattern URL =
      Pattern.compile("(?i)(https?|ftp|file):/|www\\.[a-z0-9-]+\\.");
  private final ReaderOptions options;
  private final Formats formats;
  private final JsonLinesReader jsonLines;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "newsfacts-reader");
            thread.setDaemon(true);
            return thread;
          });

  public ArticleReader() {
    this(ReaderOptions.defaults());
  }

  public ArticleReader(ReaderOptions options) {
    this.options = options;
    this.formats = new Formats(options);
    this.jsonLines = new JsonLinesReader(new ArticleFactory(options), options);
  }

  /** The files {@link #read} would open for {@code path}, in reading order (for progress). */
  public List<Path> files(Path path) {
    return SourceFiles.of(path);
  }

  /**
   * Reads every article under {@code path} into {@code handler}; never throws for a bad file.
   * What the handler itself throws ends the read and reaches the caller unchanged.
   */
  public void read(Path path, ArticleHandler handler) {
    ArticleHandler guarded = ConsumerFailure.guard(handler);
    for (Path file : files(path)) {
      try {
        readFile(file, guarded);
      } catch (ConsumerFailure e) {
        throw e.handlerException(); // the caller's own failure, not this file's
      }
    }
  }

  /**
   * Reads one line of a JSON Lines file as {@link #read} would, for engines that split such files
   * into lines themselves (Spark). A blank line gives nothing.
   *
   * @param file the file, named as {@link #read} names it
   * @param number the line's number, counting from 1
   * @return whether the line held anything but white space (a file without such lines fails)
   */
  public boolean readJsonLine(String file, int number, String line, ArticleHandler handler) {
    return jsonLines.readLine(line, number, file, handler);
  }

  private void readFile(Path file, ArticleHandler handler) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        handler.failed(source, "could not read", "folder could not be listed");
      } else if (isJsonLines(file)) {
        // Streamed on this thread: no parser can hang, and the file may be large. Bytes that are
        // not UTF-8 become U+FFFD in their line rather than end the file.
        try (Reader lines =
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
          jsonLines.read(lines, source, handler);
        }
      } else {
        readWithTimeout(file, source, handler);
      }
    } catch (NoSuchFileException e) {
      handler.failed(source, "could not read", noSuchFile(source));
    } catch (IOException e) {
      handler.failed(source, "could not read", String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      if (e instanceof ConsumerFailure) {
        throw e;
      }
      handler.failed(source, "could not read", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads and parses on a worker, so that a file that stalls (a network mount, a pipe) or a
   * parser that loops is cut off after the timeout; the abandoned worker is interrupted and left
   * to die, and the next file gets a fresh one.
   */
  private void readWithTimeout(Path file, String source, ArticleHandler handler) {
    RecordingHandler found = new RecordingHandler();
    Future<?> task = workers.submit(() -> readAndParse(file, source, found));
    try {
      task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      found.replayTo(handler);
    } catch (TimeoutException e) {
      task.cancel(true);
      long millis = options.timeout().toMillis();
      String limit = millis < 1000 ? millis + " ms" : options.timeout().toSeconds() + " s";
      handler.failed(source, "could not parse", "timed out after " + limit);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      handler.failed(source, "could not parse", describe(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      handler.failed(source, "could not parse", "interrupted");
    }
  }

  private Void readAndParse(Path file, String source, RecordingHandler found) {
    try {
      if (Files.size(file) > options.maxFileBytes()) {
        found.failed(source, "could not read", "larger than " + options.maxFileBytes() + " bytes");
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      String notes = FolderNotes.why(file, bytes);
      if (notes != null) {
        found.skipped(source, notes);
        return null;
      }
      String name = file.getFileName() == null ? source : file.getFileName().toString();
      formats.read(new SourceDocument(source, name, bytes), found);
    } catch (NoSuchFileException e) {
      found.failed(source, "could not read", noSuchFile(source));
    } catch (IOException e) {
      found.failed(source, "could not read", String.valueOf(e.getMessage()));
    } catch (ReadFailure e) {
      found.failed(source, e.what(), e.why());
    }
    return null;
  }

  /** Whether {@link #read} takes the file for JSON Lines ({@code .jsonl}, {@code .ndjson}). */
  public static boolean isJsonLines(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    name = name.toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /**
   * "no such file", or for a web address (which a {@link Path} shows as {@code https:/host/...})
   * that only files are read.
   */
  static String noSuchFile(String source) {
    return URL.matcher(source).lookingAt()
        ? "URLs are not read; save the page first and give its file"
        : "no such file";
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
      return "document too complex (" + e.getClass().getSimpleName() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
