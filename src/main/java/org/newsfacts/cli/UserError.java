package org.newsfacts.cli;

/**
 * A failure the user can fix (a missing index, a malformed query). Shown as one line on stderr,
 * without a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
