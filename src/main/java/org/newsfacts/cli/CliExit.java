package org.newsfacts.cli;

/** Exit codes every command uses. */
final class CliExit {
  /** Everything worked. */
  static final int OK = 0;

  /** The command ran, but some articles failed or an operation could not complete. */
  static final int FAILURE = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  private CliExit() {}
}
