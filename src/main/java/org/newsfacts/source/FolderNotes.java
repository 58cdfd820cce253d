package org.newsfacts.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file that names the files beside it (a corpus's NOTICE or README with its table of
 * files, sources and licence, an index of a folder) describes the folder: it is no article, and
 * read as one it became a "story" of file names and licence terms. Told by what it says, not by
 * its name: at least {@link #MIN_SIBLINGS} file names in its text must be files that lie in its
 * own folder. A story that mentions a file or two ("the report, budget.pdf, ...") is read.
 */
final class FolderNotes {
  static final int MIN_SIBLINGS = 3;
  /** A file name with an extension, as a listing or a table writes it. */
  private static final Pattern FILE_NAME =
      Pattern.compile("(?<![\\w./-])([\\w][\\w.-]{0,200}\\.[A-Za-z][A-Za-z0-9]{0,5})(?![\\w/-])");
  /** Only text the plain-text reader takes can be such notes; pages and documents are read. */
  private static final Set<String> TEXT_EXTENSIONS = Set.of("", "txt", "text", "md", "markdown", "rst");
  /** Enough of the file to hold a table of contents; the rest is not looked at. */
  private static final int MAX_CHARS_READ = 200_000;

  private FolderNotes() {}

  /**
   * Why {@code file} is its folder's notes ("names 25 of the files beside it: a.txt, b.txt, ..."),
   * or {@code null} when it may be an article.
   */
  static String why(Path file, byte[] bytes) {
    Path folder = file.toAbsolutePath().getParent();
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (folder == null || !TEXT_EXTENSIONS.contains(extension(name))) {
      return null;
    }
    String text = new String(bytes, 0, Math.min(bytes.length, MAX_CHARS_READ), StandardCharsets.UTF_8);
    Set<String> siblings = new LinkedHashSet<>();
    Matcher m = FILE_NAME.matcher(text);
    while (m.find()) {
      String named = m.group(1);
      if (!named.equals(name) && !siblings.contains(named) && liesIn(folder, named)) {
        siblings.add(named);
      }
    }
    if (siblings.size() < MIN_SIBLINGS) {
      return null;
    }
    String some = String.join(", ", siblings.stream().limit(3).toList());
    return "names " + siblings.size() + " of the files beside it (" + some + ", ...), not an article";
  }

  private static boolean liesIn(Path folder, String name) {
    try {
      return Files.isRegularFile(folder.resolve(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
