package org.newsfacts.spark;

import org.newsfacts.cli.Logging;
import org.newsfacts.cli.UserErrorHandler;
import picocli.CommandLine;

/**
 * Entry point of the {@code newsfacts-spark} launcher and of the job jar under
 * {@code spark-submit}; the only place here that calls System.exit.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String... args) {
    Logging.configure(args);
    quietSpark();
    System.exit(commandLine().execute(args));
  }

  /** The command tree with Newsfacts' error handling; tests execute it with captured streams. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new SparkCommand());
    cmd.setExecutionExceptionHandler(new UserErrorHandler());
    return cmd;
  }

  /**
   * Spark and Hadoop log their start-up at WARN about things a local run cannot change (no
   * native Hadoop library, a loopback host name); errors still show, and everything with -v.
   */
  private static void quietSpark() {
    if (!Logging.verbose()) {
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.spark", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.hadoop", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.sparkproject", "error");
    }
  }
}
