package org.newsfacts.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Articles done / total, rate and ETA on stderr while a long batch runs — only when stderr is a
 * terminal; logs and pipes get just the final summary.
 */
final class BatchProgress implements Closeable {
  private final ProgressBar bar;

  private BatchProgress(ProgressBar bar) {
    this.bar = bar;
  }

  static BatchProgress start(String task, long total, boolean enabled) {
    if (!enabled) {
      return new BatchProgress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" articles", 1)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
    return new BatchProgress(bar);
  }

  /** Whether stderr is a terminal a person watches. */
  static boolean stderrIsTerminal() {
    if (System.getenv("CI") != null) {
      return false;
    }
    try {
      // System.console() needs stdin and stdout to be terminals too; `extract > out.jsonl` still
      // has a person watching stderr.
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
