package org.newsfacts.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API through the JDK's HttpClient, against one server on a free port. */
class ServeApiTest {
  @TempDir static Path dir;
  static NewsfactsServer server;
  static Http http;
  static StringWriter log = new StringWriter();
  static String seedId;

  @BeforeAll
  static void start() throws IOException {
    server =
        NewsfactsServer.start(
            ServeSettings.forIndex(SeedIndex.create(dir.resolve("index"))),
            new PrintWriter(log, true));
    http = new Http(server.port());
    seedId = Http.json(http.get("/api/search?q=troops")).at("/hits/0/id").asText();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void healthAnswers() {
    HttpResponse<String> response = http.get("/api/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode health = Http.json(response);
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("readOnly").asBoolean()).isFalse();
    assertThat(health.get("articles").asInt()).isPositive();
  }

  @Test
  void listensOnTheLoopbackAddressOnlyByDefault() throws IOException {
    assertThat(ServeSettings.forIndex(dir).host()).isEqualTo("127.0.0.1");
    assertThat(server.url()).startsWith("http://127.0.0.1:");
    Optional<InetAddress> lan = nonLoopbackAddress();
    assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to try");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(lan.get(), server.port()), 2000);
      throw new AssertionError("connected through " + lan.get() + ": not bound to 127.0.0.1 only");
    } catch (IOException refused) {
      assertThat(refused).hasMessageContaining("refused");
    }
  }

  @Test
  void searchFindsTheSeedWithTheJsonOfSearchCommand() {
    JsonNode result = Http.json(http.get("/api/search?q=troops"));
    assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(fieldNames(result)).containsExactly("total", "rankedBy", "hits", "facets");
    JsonNode hit = result.at("/hits/0");
    assertThat(hit.get("title").asText()).isEqualTo(SeedIndex.SEED_TITLE);
    assertThat(fieldNames(hit)).startsWith("id", "title", "source", "published", "score");
    JsonNode snippet = hit.at("/snippets/0");
    JsonNode first = snippet.at("/highlights/0");
    assertThat(snippet.get("text").asText().substring(first.get(0).asInt(), first.get(1).asInt()))
        .isEqualToIgnoringCase("troops");
    assertThat(result.at("/facets/people").toString()).contains("Thabit al-Abbasi");
  }

  @Test
  void entitiesAnswerWithTheJsonOfEntitiesCommand() {
    JsonNode people = Http.json(http.get("/api/entities?type=person&q=Abbasi"));
    assertThat(people.isArray()).isTrue();
    assertThat(people.at("/0/name").asText()).isEqualTo("Thabit al-Abbasi");
    assertThat(people.at("/0/type").asText()).isEqualTo("person");
    assertThat(people.at("/0/articles").asInt()).isPositive();
    JsonNode places = Http.json(http.get("/api/entities?type=place&limit=3"));
    assertThat(places.size()).isBetween(1, 3);
    assertThat(places.findValuesAsText("type")).containsOnly("place");
    assertThat(http.get("/api/entities?type=animal").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/entities?limit=-1").statusCode()).isEqualTo(400);
  }

  @Test
  void filtersAndPagingNarrowTheResult() {
    JsonNode byPerson = Http.json(http.get("/api/search?person=al-Abbasi&from=2024&to=2024-12"));
    assertThat(byPerson.at("/hits/0/id").asText()).isEqualTo(seedId);
    JsonNode none = Http.json(http.get("/api/search?q=troops&from=2030-01-01"));
    assertThat(none.get("total").asLong()).isZero();
    JsonNode pastTheEnd = Http.json(http.get("/api/search?q=troops&offset=50&limit=5"));
    assertThat(pastTheEnd.get("hits")).isEmpty();
    assertThat(pastTheEnd.get("total").asLong()).isPositive();
  }

  @Test
  void anArticleComesWithItsMentionsAndFacts() {
    HttpResponse<String> response = http.get("/api/articles/" + seedId);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode article = Http.json(response);
    assertThat(article.get("id").asText()).isEqualTo(seedId);
    assertThat(article.get("text").asText()).contains("2,500 U.S. troops");
    assertThat(article.get("mentions").size()).isGreaterThan(20);
    JsonNode first = article.at("/mentions/0");
    String text = article.get("text").asText();
    assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
        .isEqualTo(first.get("text").asText());
    assertThat(article.get("facts").toString())
        .contains("\"kind\":\"person\"", "Thabit al-Abbasi", "\"kind\":\"quantity\"");
  }

  @Test
  void unknownThingsAreNotFound() {
    HttpResponse<String> response = http.get("/api/articles/no-such-article");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.json(response).get("error").asText()).contains("no-such-article");
    assertThat(http.get("/articles-nowhere").statusCode()).isEqualTo(404);
    assertThat(http.get("/static/nothing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void aJsonArticleIsSearchableByWordAndPersonAsSoonAsItIsAnswered() {
    HttpResponse<String> response =
        http.postJson(
            "{\"title\":\"Cocoa growers meet in Accra\",\"published\":\"2025-02-03\","
                + "\"text\":\"Ghana's agriculture minister Kwame Mensah met cocoa growers in Accra"
                + " on Monday. He said farmers would receive 1,200 new tractors.\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode answer = Http.json(response);
    String id = answer.get("id").asText();
    assertThat(response.headers().firstValue("Location")).contains("/api/articles/" + id);
    assertThat(answer.at("/articles/0/status").asText()).isEqualTo("created");
    assertThat(answer.at("/articles/0/facts").asInt()).isPositive();

    assertThat(ids("/api/search?q=tractors")).contains(id);
    assertThat(ids("/api/search?person=Mensah")).contains(id);
    JsonNode stored = Http.json(http.get("/api/articles/" + id));
    assertThat(stored.get("published").asText()).isEqualTo("2025-02-03");
    assertThat(stored.get("source").asText()).isEqualTo("upload/" + id);
  }

  @Test
  void aRawHtmlFileIsReadLikeIngestReadsIt() {
    String page =
        "<!doctype html><html><head><title>Harbour strike ends in Rotterdam</title>"
            + "<meta property=\"article:published_time\" content=\"2025-05-06T08:00:00Z\">"
            + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article><h1>Harbour strike ends in Rotterdam</h1>"
            + "<p>Dock workers in Rotterdam ended a strike on Tuesday after union leader Pieter"
            + " Janssen accepted a pay rise of 4 percent.</p>"
            + "<p>The strike had held up 300 container ships, the port authority said.</p>"
            + "</article><footer>Copyright 2025</footer></body></html>";
    HttpResponse<String> response =
        http.postFile("harbour strike.html", BodyPublishers.ofString(page));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode answer = Http.json(response);
    String id = answer.get("id").asText();
    assertThat(answer.at("/articles/0/title").asText()).isEqualTo("Harbour strike ends in Rotterdam");
    assertThat(answer.at("/articles/0/published").asText()).isEqualTo("2025-05-06");
    assertThat(answer.at("/articles/0/source").asText()).isEqualTo("upload/" + id + "/harbour strike.html");

    assertThat(ids("/api/search?q=dock+workers")).containsExactly(id);
    assertThat(ids("/api/search?person=Pieter+Janssen")).containsExactly(id);
    assertThat(Http.json(http.get("/api/articles/" + id)).get("text").asText())
        .doesNotContain("Sport", "Copyright");

    HttpResponse<String> again = http.postFile("harbour strike.html", BodyPublishers.ofString(page));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.json(again).at("/articles/0/status").asText()).isEqualTo("unchanged");
    assertThat(ids("/api/search?q=dock+workers")).containsExactly(id);
  }

  @Test
  void malformedInputIsRefusedWithAOneLineReason() {
    assertBadRequest(http.postJson("{\"title\": \"x\", \"text\": "), "invalid JSON");
    assertBadRequest(http.postJson("[1, 2]"), "must be a JSON object");
    assertBadRequest(http.postJson("{\"title\": \"x\"}"), "\"text\" must be a non-empty string");
    assertBadRequest(http.postJson("{\"text\": \"Rain.\", \"published\": \"3 May\"}"), "YYYY-MM-DD");
    assertBadRequest(http.postJson("{\"text\": \"Rain.\", \"body\": \"x\"}"), "unknown field \"body\"");
    assertBadRequest(http.postJson("{\"text\": \"Rain.\"} {}"), "invalid JSON");
    assertBadRequest(
        http.send(HttpRequest.newBuilder(http.uri("/api/articles")).POST(BodyPublishers.ofString("x"))),
        "?name=");
    assertBadRequest(http.postFile("empty.txt", BodyPublishers.ofString("")), "empty.txt");
    assertBadRequest(
        http.postFile("broken.pdf", BodyPublishers.ofString("%PDF-1.7 not really")),
        "broken.pdf: could not parse");
    assertBadRequest(http.get("/api/search?q=%22unclosed"), "bad query");
    assertBadRequest(http.get("/api/search?limit=lots"), "limit must be");
    assertBadRequest(http.get("/api/search?from=yesterday"), "bad query");
    assertBadRequest(http.get("/api/report?format=pdf"), "format must be");
    assertThat(log.toString()).contains("serve: broken.pdf: could not parse");
  }

  @Test
  void reportsComeInEveryFormatWithTheirContentType() {
    assertReport("md", "text/markdown", "Thabit al-Abbasi");
    assertReport("html", "text/html", "<svg");
    assertReport("csv", "text/csv", "Thabit al-Abbasi");
    assertReport("json", "application/json", "Thabit al-Abbasi");
    HttpResponse<String> sheet = http.get("/api/report?article=" + seedId + "&format=md&download=1");
    assertThat(sheet.body()).contains(SeedIndex.SEED_TITLE);
    assertThat(sheet.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"newsfacts-report.md\"");
  }

  @Test
  void pagesAndTheirFilesAreServed() {
    HttpResponse<String> page = http.get("/?q=troops");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/static/search.js\"");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        policy -> assertThat(policy).contains("script-src 'self'"));
    assertThat(http.get("/articles/" + seedId).body()).contains("/static/article.js");
    HttpResponse<String> script = http.get("/static/search.js");
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/javascript"));
  }

  @Test
  void anotherSitesPageCannotUpload() {
    HttpResponse<String> crossSite =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/articles?name=note.txt"))
                .header("Origin", "http://evil.example")
                .POST(BodyPublishers.ofString("Planted story about Jane Roe.")));
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(Http.json(crossSite).get("error").asText()).contains("another site");
    assertThat(Http.json(http.get("/api/search?q=planted")).get("total").asInt()).isZero();
    HttpResponse<String> ownPage =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/articles"))
                .header("Origin", "http://127.0.0.1:" + server.port())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"text\":\"Storks returned to Alsace on Sunday.\"}")));
    assertThat(ownPage.statusCode()).as(ownPage.body()).isEqualTo(201);
  }

  @Test
  void aWrongMethodIsNotAllowed() {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(http.uri("/api/search")).DELETE());
    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void searchesRunSafelyWhileArticlesArePosted() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String query = List.of("q=troops", "person=al-Abbasi", "q=Iraq&limit=3", "place=IQ").get(i % 4);
        work.add(() -> http.get("/api/search?" + query).statusCode());
      }
      for (int i = 0; i < 3; i++) {
        String text = "Port workers in Valparaiso number " + (i + 7) + " went on strike, said"
            + " union leader Rosa Fuentes on Friday.";
        work.add(() -> http.postJson("{\"title\":\"Strike " + text.hashCode() + "\",\"text\":\"" + text + "\"}").statusCode());
      }
      Collections.shuffle(work);
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : clients.invokeAll(work)) {
        statuses.add(status.get());
      }
      assertThat(statuses).allMatch(s -> s == 200 || s == 201);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
      assertThat(Http.json(http.get("/api/search?q=Valparaiso")).get("total").asInt()).isEqualTo(3);
    } finally {
      clients.shutdownNow();
    }
  }

  private static void assertBadRequest(HttpResponse<String> response, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    String error = Http.json(response).get("error").asText();
    assertThat(error).contains(reason).doesNotContain("\n");
  }

  private static void assertReport(String format, String type, String content) {
    HttpResponse<String> response = http.get("/api/report?q=troops&format=" + format);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        value -> assertThat(value).startsWith(type));
    assertThat(response.body()).contains(content);
  }

  private static List<String> ids(String search) {
    List<String> ids = new ArrayList<>();
    Http.json(http.get(search)).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    return NetworkInterface.networkInterfaces()
        .filter(n -> {
          try {
            return n.isUp() && !n.isLoopback();
          } catch (IOException e) {
            return false;
          }
        })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }
}
