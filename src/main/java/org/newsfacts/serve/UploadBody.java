package org.newsfacts.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a request body to a file, refusing one larger than the limit with 413, whether or not
 * the client declared its length. The body is streamed, never held in memory.
 */
final class UploadBody {
  // After a refusal, read (and drop) up to this much more, so that the client, still sending,
  // gets the 413 answer rather than a connection reset; beyond it the connection is dropped.
  private static final long DRAIN_BYTES = 64L << 20;

  private UploadBody() {}

  static void save(InputStream body, long declaredLength, long maxBytes, Path file)
      throws IOException {
    if (declaredLength > maxBytes) {
      drain(body);
      throw tooLarge(maxBytes);
    }
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          break;
        }
        out.write(buffer, 0, n);
      }
    }
    if (total > maxBytes) {
      Files.deleteIfExists(file);
      drain(body);
      throw tooLarge(maxBytes);
    }
  }

  private static void drain(InputStream body) {
    try {
      body.skipNBytes(DRAIN_BYTES);
    } catch (IOException e) {
      // The end of the body (EOFException) or a client gone: either way, nothing more to read.
    }
  }

  private static ApiError tooLarge(long maxBytes) {
    return new ApiError(413, "upload larger than " + describe(maxBytes) + " (--max-file-size)");
  }

  private static String describe(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }
}
