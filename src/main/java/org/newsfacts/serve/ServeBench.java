package org.newsfacts.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsfacts.fact.Json;

/**
 * Measures the server under load: CLIENTS concurrent clients send SEARCHES searches in all
 * (over HTTP, through the JDK's HttpClient) while POSTS articles are uploaded, and the latency
 * percentiles, errors and upload times are printed. Runs on a copy of INDEX, so the index itself
 * is left as it was.
 *
 * <pre>
 * java -cp target/newsfacts.jar org.newsfacts.serve.ServeBench INDEX [CLIENTS] [SEARCHES] [POSTS]
 * </pre>
 *
 * Defaults: 16 clients, 400 searches, 5 uploads. The searches mix words, phrases and the
 * people, places and years the index itself holds most. Not a test: timings depend on the
 * machine, so nothing asserts on them; {@code ServeBenchTest} only checks that nothing fails.
 */
public final class ServeBench {
  private ServeBench() {}

  /** What one run measured. */
  public record Result(
      int clients,
      int searches,
      int searchErrors,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double maxMillis,
      List<Integer> postStatuses,
      List<Double> postMillis,
      double wallSeconds) {

    String describe() {
      return String.format(
          Locale.ROOT,
          "serve bench: %d searches from %d clients in %.1f s: %d errors; latency p50 %.1f ms,"
              + " p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d uploads meanwhile: statuses %s,"
              + " %s ms each",
          searches, clients, wallSeconds, searchErrors, p50Millis, p95Millis, p99Millis,
          maxMillis, postStatuses.size(), postStatuses, postMillis.stream()
              .map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }
  }

  public static void main(String... args) throws Exception {
    if (args.length < 1 || args.length > 4) {
      System.err.println("usage: ServeBench INDEX [CLIENTS] [SEARCHES] [POSTS]");
      System.exit(2);
    }
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int searches = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    int posts = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Result result = run(Path.of(args[0]), clients, searches, posts, System.err);
    System.out.println(result.describe());
  }

  /**
   * Copies {@code index}, serves the copy on a free port, warms up (models loaded, 50
   * searches), then measures.
   */
  public static Result run(Path index, int clients, int searches, int posts, PrintStream progress)
      throws Exception {
    Path copy = Files.createTempDirectory("newsfacts-serve-bench-");
    try {
      copyIndex(index, copy);
      ModelWarmUp.run(); // as a server that has run a while; a new one warms up in the background
      try (NewsfactsServer server =
          NewsfactsServer.start(ServeSettings.forIndex(copy), new PrintWriter(System.err, true))) {
        Load load = new Load(server.port());
        List<String> queries = load.queries();
        for (int i = 0; i < 50; i++) {
          load.search(queries.get(i % queries.size()));
        }
        progress.println("serve bench: " + server.articleCount() + " articles, " + queries.size()
            + " distinct searches, " + clients + " clients, " + searches + " searches, " + posts
            + " uploads");
        return load.measure(queries, clients, searches, posts);
      }
    } finally {
      TempFolders.delete(copy);
    }
  }

  /** The clients' side. */
  private static final class Load {
    private final HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Load(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    /** Words and phrases, and the index's own most frequent people, places, orgs and years. */
    List<String> queries() throws IOException, InterruptedException {
      List<String> queries = new ArrayList<>(List.of(
          "q=oil", "q=coffee+prices", "q=%22trade+deficit%22", "q=troops", "q=bank+rate",
          "q=export*", "q=wheat+OR+corn", "", "q=oil&offset=10"));
      JsonNode facets = Json.MAPPER.readTree(get("/api/search?limit=0")).get("facets");
      Map<String, String> params = new LinkedHashMap<>();
      params.put("people", "person");
      params.put("places", "place");
      params.put("organizations", "org");
      params.forEach((facet, param) -> facets.get(facet).forEach(
          value -> queries.add(param + "=" + encode(value.get("value").asText()))));
      facets.get("years").forEach(year -> queries.add(
          "q=oil&from=" + year.get("value").asText() + "&to=" + year.get("value").asText()));
      return queries;
    }

    Result measure(List<String> queries, int clients, int searches, int posts) throws Exception {
      List<String> shuffled = new ArrayList<>();
      for (int i = 0; i < searches; i++) {
        shuffled.add(queries.get(i % queries.size()));
      }
      Collections.shuffle(shuffled, new Random(42));
      ConcurrentLinkedQueue<String> todo = new ConcurrentLinkedQueue<>(shuffled);
      ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
      AtomicInteger errors = new AtomicInteger();
      List<Integer> postStatuses = Collections.synchronizedList(new ArrayList<>());
      List<Double> postMillis = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
      CountDownLatch go = new CountDownLatch(1);
      long started = System.nanoTime();
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          running.add(pool.submit(() -> {
            go.await();
            for (String query = todo.poll(); query != null; query = todo.poll()) {
              long t = System.nanoTime();
              try {
                search(query);
              } catch (IOException | RuntimeException e) {
                errors.incrementAndGet();
              }
              nanos.add(System.nanoTime() - t);
            }
            return null;
          }));
        }
        running.add(pool.submit(() -> {
          go.await();
          for (int p = 0; p < posts; p++) {
            long t = System.nanoTime();
            postStatuses.add(post(p));
            postMillis.add((System.nanoTime() - t) / 1e6);
          }
          return null;
        }));
        started = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      double wall = (System.nanoTime() - started) / 1e9;
      double[] millis = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
      return new Result(clients, millis.length, errors.get(), percentile(millis, 50),
          percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1],
          List.copyOf(postStatuses), List.copyOf(postMillis), wall);
    }

    void search(String query) throws IOException, InterruptedException {
      get("/api/search?" + query);
    }

    private String get(String path) throws IOException, InterruptedException {
      var response = client.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
          BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(path + " answered " + response.statusCode());
      }
      return response.body();
    }

    /** A new wire story of a few paragraphs, different each time. */
    private int post(int n) throws IOException, InterruptedException {
      String text = "Grain traders in Rotterdam said on Tuesday that wheat shipments rose " + (10 + n)
          + " percent in the week, the fastest pace since March.\n\nDutch agriculture minister"
          + " Anna de Vries told reporters in The Hague that 1,200 tonnes were held up by the"
          + " strike at the port.\n\nThe European Commission in Brussels expects prices to"
          + " ease by " + (n + 2) + " dollars a tonne in the coming month, analyst number " + n
          + " said.";
      String body = Json.MAPPER.writeValueAsString(Map.of(
          "title", "Wheat shipments rise " + n, "published", "2024-10-0" + (1 + n % 9),
          "text", text));
      return client.send(
          HttpRequest.newBuilder(URI.create(base + "/api/articles"))
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(300))
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          BodyHandlers.discarding()).statusCode();
    }
  }

  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void copyIndex(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException("no index at " + from);
    }
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }

}
