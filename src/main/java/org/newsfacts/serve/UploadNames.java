package org.newsfacts.serve;

/**
 * The {@code ?name=} of a file upload: its extension tells the reader the format, as a file's
 * name does for {@code ingest}. Only the last path segment is kept, so a name can never point
 * outside the upload's own temporary folder.
 */
final class UploadNames {
  private static final int MAX_LENGTH = 200;

  private UploadNames() {}

  /** @throws ApiError 400 when no usable file name is left */
  static String clean(String name) {
    if (name == null || name.isBlank()) {
      throw ApiError.badRequest(
          "a file upload needs ?name=FILE.ext (or send Content-Type: application/json with"
              + " {\"title\", \"published\", \"text\"})");
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String cleaned = last.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
    if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
      throw ApiError.badRequest("?name= must end with a file name, such as page.html");
    }
    if (cleaned.startsWith(".")) {
      cleaned = "_" + cleaned; // the reader skips hidden files
    }
    return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(cleaned.length() - MAX_LENGTH);
  }
}
