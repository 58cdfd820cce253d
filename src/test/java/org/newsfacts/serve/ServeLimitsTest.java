package org.newsfacts.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.index.SampleArticles;
import org.newsfacts.source.ReaderOptions;

/** What the server refuses: uploads over --max-file-size (413) and any upload when read-only. */
class ServeLimitsTest {
  @TempDir static Path dir;
  static NewsfactsServer small;
  static NewsfactsServer readOnly;
  static Path readOnlyIndex;

  @BeforeAll
  static void start() throws IOException {
    ReaderOptions oneMegabyte =
        new ReaderOptions(ReaderOptions.DEFAULT_MAX_TEXT_CHARS, Duration.ofSeconds(30), 1L << 20);
    small = NewsfactsServer.start(
        ServeSettings.forIndex(dir.resolve("small")).withReader(oneMegabyte), quietLog());
    // An index with one commit, as ingest leaves it; the read-only server must not change it.
    readOnlyIndex = dir.resolve("read-only");
    FactIndexWriter.open(readOnlyIndex, false).close();
    readOnly = NewsfactsServer.start(ServeSettings.forIndex(readOnlyIndex).readOnly(true), quietLog());
  }

  @AfterAll
  static void stop() throws IOException {
    small.close();
    readOnly.close();
  }

  @Test
  void anUploadOverMaxFileSizeIsTooLarge() {
    Http http = new Http(small.port());
    byte[] twoMegabytes = new byte[2 << 20];
    Arrays.fill(twoMegabytes, (byte) 'a');
    HttpResponse<String> declared =
        http.postFile("big.txt", BodyPublishers.ofByteArray(twoMegabytes));
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(Http.json(declared).get("error").asText()).contains("larger than 1 MB");
    // Sent in chunks, without a length up front: counted as it arrives.
    HttpResponse<String> chunked =
        http.postFile(
            "big.txt", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes)));
    assertThat(chunked.statusCode()).isEqualTo(413);
    HttpResponse<String> json =
        http.postJson("{\"text\":\"" + new String(twoMegabytes, 0, 1_500_000) + "\"}");
    assertThat(json.statusCode()).isEqualTo(413);
    assertThat(small.articleCount()).isZero();
    assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aReadOnlyServerRefusesUploadsAndLeavesTheIndexAlone() throws IOException {
    Http http = new Http(readOnly.port());
    Map<String, String> before = filesOf(readOnlyIndex);
    HttpResponse<String> json = http.postJson("{\"text\":\"Rain fell in Oslo on Monday.\"}");
    assertThat(json.statusCode()).isEqualTo(403);
    assertThat(Http.json(json).get("error").asText()).contains("read-only");
    assertThat(http.postFile("a.txt", BodyPublishers.ofString("Rain.")).statusCode()).isEqualTo(403);
    assertThat(Http.json(http.get("/api/health")).get("readOnly").asBoolean()).isTrue();
    assertThat(http.get("/api/search?q=rain").statusCode()).isEqualTo(200);
    assertThat(filesOf(readOnlyIndex)).isEqualTo(before);
  }

  @Test
  void aReadOnlyServerSeesWhatAnIngestBesideItCommits() throws Exception {
    Path index = dir.resolve("beside");
    FactIndexWriter.open(index, false).close();
    try (NewsfactsServer server =
        NewsfactsServer.start(ServeSettings.forIndex(index).readOnly(true), quietLog())) {
      Http http = new Http(server.port());
      assertThat(total(http, "troops")).isZero();
      try (FactIndexWriter ingest = FactIndexWriter.open(index, false)) {
        ingest.add(SampleArticles.seed());
        ingest.commit();
      }
      // The server looks for new commits at most once a second; give it ample time.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (total(http, "troops") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(total(http, "troops")).isEqualTo(1);
    }
  }

  @Test
  void aReadOnlyServerNeedsAnIndex() {
    assertThatThrownBy(
            () -> NewsfactsServer.start(
                ServeSettings.forIndex(dir.resolve("missing")).readOnly(true), quietLog()))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("no index at");
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }

  /** Every file of the index with its size and time: any write changes it. */
  private static Map<String, String> filesOf(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.collect(
          Collectors.toMap(
              f -> f.getFileName().toString(),
              f -> f.toFile().length() + "@" + f.toFile().lastModified()));
    }
  }

  private static long total(Http http, String query) {
    return Http.json(http.get("/api/search?q=" + query)).get("total").asLong();
  }

  private static PrintWriter quietLog() {
    return new PrintWriter(new StringWriter(), true);
  }
}
