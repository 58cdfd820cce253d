package org.newsfacts.index;

import java.io.IOException;

/**
 * The folder given as an index cannot be used as one: it does not exist, holds other files, was
 * written by a newer Newsfacts, or is damaged. The message is one line a user can act on.
 */
public final class NotAnIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  public NotAnIndexException(String message) {
    super(message);
  }

  public NotAnIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
