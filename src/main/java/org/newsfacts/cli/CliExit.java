package org.newsfacts.cli;

/** Exit codes every command uses. */
public final class CliExit {
  /** Everything worked. */
  public static final int OK = 0;

  /** The command ran, but some articles failed or an operation could not complete. */
  public static final int FAILURE = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  private CliExit() {}
}
