package org.newsfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr ({@code newsfacts: what went wrong}); the stack trace
 * only with {@code --verbose}.
 */
public final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cmd.getErr().println("newsfacts " + cmd.getCommandName() + ": " + message);
    if (Logging.verbose()) {
      e.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return CliExit.FAILURE;
  }
}
