package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsfacts.fact.Article;
import org.newsfacts.source.ArticleHandler;
import org.newsfacts.source.ArticleReader;
import org.newsfacts.source.Headlines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints, or writes to files, the main text of each article: no facts, no models. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the main text of each article (articles separated by a blank line).",
      "With --out-dir, writes DIR/<input name minus its last extension>.txt per input file;"
          + " a file holding several articles (JSON Lines, mailbox, feed, archive) gives"
          + " <name>-1.txt, <name>-2.txt, ... in reading order, and an input whose name was"
          + " already used in this run keeps its extension: <name>.<ext>.txt."
    })
public final class TextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one .txt file per input.")
  Path outDir;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    ArticleReader reader = new ArticleReader(limits.reader(spec.commandLine()));
    FileArticles handler = new FileArticles(err);
    Set<String> usedNames = new HashSet<>();
    boolean first = true;
    for (Path path : paths) {
      for (Path file : reader.files(path)) {
        handler.articles.clear();
        reader.read(file, handler);
        if (outDir != null) {
          write(file, handler.articles, usedNames, err);
        } else {
          for (Article article : handler.articles) {
            out.print(first ? "" : "\n");
            out.println(mainText(article));
            first = false;
          }
        }
      }
    }
    out.flush();
    err.flush();
    return handler.failures == 0 ? CliExit.OK : CliExit.FAILURE;
  }

  private void write(Path file, List<Article> articles, Set<String> usedNames, PrintWriter err)
      throws IOException {
    String name = file.getFileName() == null ? "article" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (!usedNames.add(stem)) {
      stem = name;
      err.println(file + ": name already used, writing " + stem + ".txt");
    }
    for (int i = 0; i < articles.size(); i++) {
      String suffix = articles.size() == 1 ? "" : "-" + (i + 1);
      Path target = outDir.resolve(stem + suffix + ".txt");
      Files.writeString(target, mainText(articles.get(i)) + "\n", StandardCharsets.UTF_8);
    }
  }

  /** Collects one file's articles and reports its failures as {@code path: what: why}. */
  private static final class FileArticles implements ArticleHandler {
    private final PrintWriter err;
    private final List<Article> articles = new ArrayList<>();
    private int failures;

    FileArticles(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void article(Article article) {
      articles.add(article);
    }

    @Override
    public void failed(String source, String what, String why) {
      failures++;
      err.println(source + ": " + what + ": " + why);
    }

    @Override
    public void warning(String source, String message) {
      err.println(source + ": warning: " + message);
    }
  }

  /** The text without its headline paragraph: the headline is the title, not the main text. */
  private static String mainText(Article article) {
    return Headlines.withoutHeadline(article.text(), article.title());
  }
}
