package org.newsfacts.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.newsfacts.fact.Json;

/** The JDK's HttpClient against one server, as API tests and the benchmark use it. */
final class Http {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  HttpResponse<String> postJson(String json) {
    return send(
        HttpRequest.newBuilder(uri("/api/articles"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  HttpResponse<String> postFile(String name, BodyPublisher body) {
    return send(
        HttpRequest.newBuilder(uri("/api/articles?name=" + encode(name)))
            .header("Content-Type", "application/octet-stream")
            .POST(body));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(120)).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
