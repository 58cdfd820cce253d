package org.newsfacts.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.Main;
import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} against {@code ingest} on the same few dozen articles: the
 * seed story in four formats, 24 wire stories and a duplicate in JSON Lines, five web pages,
 * and files that fail. Both must report the same failures and counts, and give indexes that
 * answer searches and reports alike; the Parquet tables must hold the same facts.
 */
class SparkIngestTest {
  @TempDir static Path work;

  private static SparkSession spark;
  private static Path inputs;
  private static Run ingest;
  private static Run sparkRun;
  /** The golden web pages of the source stage, each one article: their number grows. */
  private static int webPages;

  /** One run of a command line with captured output. */
  record Run(int exitCode, String out, String err) {
    static Run of(CommandLine cmd, String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cmd.setOut(new PrintWriter(out, true));
      cmd.setErr(new PrintWriter(err, true));
      int code = cmd.execute(args);
      return new Run(code, out.toString(), err.toString());
    }

    /** The per-file lines, {@code path: what failed: why} and warnings, sorted. */
    List<String> fileReports() {
      return err.lines()
          .filter(line -> line.startsWith(inputs.toString()))
          .sorted()
          .toList();
    }

    /** {@code N read, N ingested, N skipped, N failed; N facts} from the summary line. */
    String counts() {
      Matcher m =
          Pattern.compile("\\d+ read, \\d+ ingested, \\d+ skipped, \\d+ failed; \\d+ facts")
              .matcher(err);
      assertThat(m.find()).as("summary line in %s", err).isTrue();
      return m.group();
    }
  }

  @BeforeAll
  static void ingestBothWays() throws IOException {
    inputs = work.resolve("inputs");
    writeInputs(inputs);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("SparkIngestTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    ingest = newsfacts("ingest", "--index", work.resolve("ingest-index").toString(), inputs.toString());
    sparkRun =
        Run.of(
            SparkMain.commandLine(),
            "ingest",
            "--index", work.resolve("spark-index").toString(),
            "--facts", work.resolve("facts").toString(),
            "--partitions", "3",
            inputs.toString());
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void reportsTheSameFailuresCountsAndExitStatus() {
    assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(1);
    assertThat(sparkRun.exitCode()).as(sparkRun.err()).isEqualTo(1);
    assertThat(sparkRun.fileReports())
        .isEqualTo(ingest.fileReports())
        .anyMatch(line -> line.contains("broken.pdf: could not parse"))
        .anyMatch(line -> line.contains("z-newsletter.txt: skipped: the same story as "))
        .anyMatch(line -> line.contains("empty.jsonl: no article text"))
        .anyMatch(line -> line.contains("b-more.jsonl: could not read line 2: invalid JSON"))
        .anyMatch(line -> line.contains("extra-de: warning: language de"));
    // 4 formats of one story and a near copy, 24 + 3 JSON lines (one a duplicate), 7 pages.
    assertThat(sparkRun.counts())
        .isEqualTo(ingest.counts())
        .startsWith((32 + webPages) + " read, " + articles() + " ingested, 5 skipped, 3 failed");
  }

  @Test
  void searchesFindTheSameArticlesWithTheSameScores() {
    for (String query : List.of("said", "coffee exports", "person:Lindqvist", "place:Brazil",
        "quantity.unit:tonnes", "published:[2020-01-01 TO 2021-12-31]")) {
      Run fromIngest = newsfacts("search", "--json", "--limit", "50", "--index", index("ingest"), query);
      Run fromSpark = newsfacts("search", "--json", "--limit", "50", "--index", index("spark"), query);
      assertThat(fromSpark.exitCode()).isZero();
      assertThat(fromSpark.out()).as(query).isEqualTo(fromIngest.out());
    }
    assertThat(newsfacts("search", "--json", "--index", index("spark"), "said").out())
        // Not vacuous: the searches above find articles (every golden page that says "said" adds one).
        .containsPattern("\"total\":([2-9]|[1-9]\\d+),");
  }

  @Test
  void reportsHoldTheSameFacts() {
    Run fromIngest = newsfacts("report", "--format", "csv", "--index", index("ingest"));
    Run fromSpark = newsfacts("report", "--format", "csv", "--index", index("spark"));
    assertThat(fromSpark.exitCode()).isZero();
    assertThat(fromSpark.out()).isEqualTo(fromIngest.out());
    assertThat(fromSpark.out().lines().count()).isGreaterThan(200);
  }

  @Test
  void parquetTablesHoldEveryArticleAndFact() {
    Dataset<Row> articles = spark.read().parquet(work.resolve("facts/articles").toString());
    Dataset<Row> facts = spark.read().parquet(work.resolve("facts/facts").toString());
    assertThat(articles.count()).isEqualTo(articles());
    String reportCsv = newsfacts("report", "--format", "csv", "--index", index("ingest")).out();
    assertThat(facts.count()).isEqualTo(reportCsv.lines().count() - 1);

    Set<String> fromParquet = new HashSet<>();
    for (Row row : facts.select("article_id", "kind", "start", "end").collectAsList()) {
      fromParquet.add(row.getString(0) + "," + row.getString(1) + "," + row.getInt(2) + "," + row.getInt(3));
    }
    Set<String> fromReport = new HashSet<>();
    reportCsv.lines().skip(1).forEach(line -> fromReport.add(spanKey(line)));
    assertThat(fromParquet).isEqualTo(fromReport);

    Row coffee =
        facts.where("kind = 'quantity' AND unit = 'bag' AND value_exact = '1400000'").first();
    assertThat(coffee.<String>getAs("sentence")).contains("1.4 million bags");
    assertThat(coffee.<String>getAs("dimension")).isEqualTo("count");
    assertThat(coffee.<String>getAs("change")).isEqualTo("=");
    Row copper =
        facts.where("kind = 'quantity' AND unit = 'tonne' AND value_exact = '52000'").first();
    assertThat(copper.<String>getAs("dimension")).isEqualTo("mass");
    assertThat(copper.<Double>getAs("si_value")).isEqualTo(5.2e7);
    Row brazil = articles.where("title LIKE 'Brazil coffee%'").first();
    assertThat(brazil.<String>getAs("published")).isEqualTo("1990-04-02");
    assertThat(brazil.<String>getAs("source")).endsWith("a-wire.jsonl#" + brazil.getAs("id"));
  }

  @Test
  void addingToAnIndexReplacesArticlesInsteadOfDuplicatingThem() throws IOException {
    Path copy = work.resolve("ingest-copy");
    copyFolder(work.resolve("ingest-index"), copy);
    Run again =
        Run.of(
            SparkMain.commandLine(),
            "ingest", "--index", copy.toString(), inputs.resolve("a-wire.jsonl").toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("index " + copy + " holds " + articles() + " articles");
    assertThat(newsfacts("search", "--json", "--index", copy.toString(), "said").out())
        .isEqualTo(newsfacts("search", "--json", "--index", index("ingest"), "said").out());
  }

  @Test
  void removesItsShardsWhenDone() throws IOException {
    try (Stream<Path> left = Files.list(work)) {
      assertThat(left.map(path -> path.getFileName().toString()))
          .isNotEmpty()
          .noneMatch(name -> name.contains("shards"));
    }
  }

  @Test
  void refusesToOverwriteParquetTablesWithoutRebuild() {
    Run again =
        Run.of(
            SparkMain.commandLine(),
            "ingest",
            "--index", work.resolve("other-index").toString(),
            "--facts", work.resolve("facts").toString(),
            inputs.resolve("a-wire.jsonl").toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("exists already").doesNotContain("read,");
  }

  private static String index(String which) {
    return work.resolve(which + "-index").toString();
  }

  /** article id, kind, start and end of one CSV report row (the columns at 0, 4, -3, -2). */
  private static String spanKey(String csvLine) {
    List<String> cells = csvCells(csvLine);
    int n = cells.size();
    // The report's last columns: start, end, sentence, copies.
    return cells.get(0) + "," + cells.get(4) + "," + cells.get(n - 4) + "," + cells.get(n - 3);
  }

  private static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static Run newsfacts(String... args) {
    CommandLine cmd = Main.commandLine();
    return Run.of(cmd, args);
  }

  private static void writeInputs(Path dir) throws IOException {
    Files.createDirectories(dir);
    copyFolder(Path.of("corpus"), dir.resolve("corpus"));
    List<String> wire = resourceLines("wire-stories.jsonl");
    Files.write(dir.resolve("a-wire.jsonl"), wire, StandardCharsets.UTF_8);
    Files.write(
        dir.resolve("b-more.jsonl"),
        List.of(
            wire.get(2), // the same story again: indexed once, where it came first
            "{not json",
            "",
            "{\"id\":\"extra-1\",\"title\":\"Lisbon trams\",\"text\":\"Lisbon will buy 20 new"
                + " trams for 60 million euros, mayor Carlos Moedas said on Monday.\"}",
            // German: indexed without the English-only facts, with the same warning by both.
            "{\"id\":\"extra-de\",\"title\":\"Neue Brücke in Köln\",\"text\":\"Die Stadt"
                + " Köln hat am Montag eine neue Brücke über den Rhein eröffnet. Die Bauarbeiten"
                + " dauerten fast vier Jahre und kosteten mehr als achtzig Millionen Euro. Der"
                + " Oberbürgermeister sagte bei der Eröffnung, die Brücke werde den Verkehr in der"
                + " Innenstadt deutlich entlasten. Viele Bürger kamen trotz des Regens zu dem Fest"
                + " am Ufer, und am Abend gab es ein großes Feuerwerk über dem Fluss.\"}"),
        StandardCharsets.UTF_8);
    // A near copy of the seed story (a newsletter's header line): skipped by both, named alike.
    Files.writeString(dir.resolve("z-newsletter.txt"), "Our newsletter of the week\n\n"
        + Files.readString(Path.of("corpus/us-troops-withdrawal-iraq.txt")));
    Files.writeString(dir.resolve("empty.jsonl"), "");
    byte[] noise = new byte[2048];
    new Random(16).nextBytes(noise);
    Files.write(dir.resolve("broken.pdf"), noise);
    Path pages = Path.of("src/test/resources/org/newsfacts/source/html");
    try (Stream<Path> html = Files.list(pages)) {
      for (Path page : html.filter(p -> p.toString().endsWith(".html")).toList()) {
        Files.copy(page, dir.resolve("pages-" + page.getFileName()));
        webPages++;
      }
    }
  }

  /** The articles both runs index: 27 from the other inputs, and one for each web page. */
  private static long articles() {
    return 27 + webPages;
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = SparkIngestTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else if (!path.getFileName().toString().equals("write.lock")) {
          Files.copy(path, target);
        }
      }
    }
  }
}
