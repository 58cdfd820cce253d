package org.newsfacts.cli;

import picocli.CommandLine;

/** Entry point of the {@code newsfacts} launcher; the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    Logging.configure(args);
    System.exit(commandLine().execute(args));
  }

  /** The command tree with Newsfacts' error handling; tests execute it with captured streams. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new NewsfactsCommand());
    cmd.setExecutionExceptionHandler(new UserErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
