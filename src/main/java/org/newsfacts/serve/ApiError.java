package org.newsfacts.serve;

/**
 * A request the server refuses, with its HTTP status and a one-line reason for the client
 * (answered as {@code {"error": reason}}).
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiError(int status, String reason) {
    super(reason);
    this.status = status;
  }

  static ApiError badRequest(String reason) {
    return new ApiError(400, reason);
  }

  static ApiError notFound(String reason) {
    return new ApiError(404, reason);
  }

  int status() {
    return status;
  }
}
