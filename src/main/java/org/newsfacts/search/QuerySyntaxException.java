package org.newsfacts.search;

/** A query or filter that cannot be understood; the message is one line for the user. */
public final class QuerySyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
