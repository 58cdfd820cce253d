package org.newsfacts.serve;

import java.nio.file.Path;
import java.util.Objects;
import org.newsfacts.pipeline.ExtractionLimits;
import org.newsfacts.source.ReaderOptions;

/**
 * How to run the server.
 *
 * @param index the index folder; created empty when missing, unless read-only
 * @param host the address to listen on ({@code 127.0.0.1} keeps the server to this machine)
 * @param port the port; 0 picks a free one
 * @param readOnly refuse every change: uploads answer 403 and the index is never opened for
 *     writing, so an {@code ingest} may write it meanwhile
 * @param reader limits of reading an upload; its {@code maxFileBytes} is also the largest body
 *     accepted (413 beyond)
 * @param extraction limits of fact extraction per article
 */
public record ServeSettings(
    Path index,
    String host,
    int port,
    boolean readOnly,
    ReaderOptions reader,
    ExtractionLimits extraction) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public ServeSettings {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(extraction, "extraction");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
  }

  /** Defaults for everything but the index; port 0 (any free port) for tests and benchmarks. */
  public static ServeSettings forIndex(Path index) {
    return new ServeSettings(
        index, DEFAULT_HOST, 0, false, ReaderOptions.defaults(), ExtractionLimits.defaults());
  }

  public ServeSettings readOnly(boolean value) {
    return new ServeSettings(index, host, port, value, reader, extraction);
  }

  public ServeSettings withReader(ReaderOptions value) {
    return new ServeSettings(index, host, port, readOnly, value, extraction);
  }

  /** The largest request body accepted. */
  public long maxUploadBytes() {
    return reader.maxFileBytes();
  }
}
