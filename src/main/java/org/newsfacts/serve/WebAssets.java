package org.newsfacts.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The web pages' files, read once from the class path: plain HTML, CSS and JavaScript that the
 * browser runs as they are (no build step, nothing fetched from the network).
 */
final class WebAssets {
  private static final String ROOT = "/org/newsfacts/serve/web/";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  /** A file and its content type. */
  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  WebAssets(String... names) {
    for (String name : names) {
      assets.put(name, load(name));
    }
  }

  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  Asset require(String name) {
    return get(name).orElseThrow(() -> new IllegalArgumentException("no asset " + name));
  }

  private static Asset load(String name) {
    try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + name);
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return new Asset(in.readAllBytes(), TYPES.getOrDefault(extension, "application/octet-stream"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + ROOT + name, e);
    }
  }
}
