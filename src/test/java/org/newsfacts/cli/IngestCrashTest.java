package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.search.FactSearcher;
import org.newsfacts.search.SearchRequest;

/**
 * Killing {@code ingest} with SIGKILL mid-run leaves an index that opens and searches, and the
 * same ingest run again completes it: every article exactly once. The first ingest runs in a
 * child JVM so that it can be killed for real.
 */
class IngestCrashTest {
  private static final int ARTICLES = 60;
  private static final long GIVE_UP_MILLIS = TimeUnit.MINUTES.toMillis(3);
  @TempDir Path dir;

  @Test
  void anIngestKilledMidwayIsCompletedByRunningItAgain() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 1; i <= ARTICLES; i++) {
      Files.writeString(corpus.resolve("story-%02d.txt".formatted(i)),
          "Story number %d\n\nThe town council met for meeting number %d.".formatted(i, i),
          StandardCharsets.UTF_8);
    }
    Path index = dir.resolve("index");
    String[] ingest = {"ingest", "--index", index.toString(), "--threads", "1", "--commit-every", "2",
        corpus.toString()};

    Process child = startChild(ingest);
    int committed = awaitSomeCommitted(index, child);
    child.destroyForcibly().waitFor();

    int afterKill = articleCount(index); // the killed run's index opens and searches
    assertThat(afterKill).isGreaterThanOrEqualTo(committed).isLessThan(ARTICLES);

    CliRun resumed = CliRun.of(ingest);
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.err())
        .contains(ARTICLES + " read, " + (ARTICLES - afterKill) + " ingested, " + afterKill + " skipped")
        .contains("holds " + ARTICLES + " articles");
    List<String> titles = titles(index);
    assertThat(titles).hasSize(ARTICLES).doesNotHaveDuplicates();
    assertThat(titles).contains("Story number 1", "Story number " + ARTICLES);
  }

  private Process startChild(String[] args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    File log = dir.resolve("child.log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** Waits until the child has committed some articles but not all; the test's only wait. */
  private int awaitSomeCommitted(Path index, Process child) throws Exception {
    long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
    while (System.currentTimeMillis() < giveUp) {
      if (!child.isAlive()) {
        throw new AssertionError("ingest ended before it was killed:\n"
            + Files.readString(dir.resolve("child.log")));
      }
      int count = Files.exists(index) ? countIfIndex(index) : 0;
      if (count >= 4) {
        return count;
      }
      Thread.sleep(100);
    }
    child.destroyForcibly();
    throw new AssertionError("ingest committed nothing in time:\n" + Files.readString(dir.resolve("child.log")));
  }

  private static int countIfIndex(Path index) throws IOException {
    try {
      return articleCount(index);
    } catch (NotAnIndexException e) {
      return 0; // not created yet
    }
  }

  private static int articleCount(Path index) throws IOException {
    try (FactSearcher searcher = FactSearcher.open(index)) {
      return (int) searcher.search(SearchRequest.of("", 1)).total();
    }
  }

  private static List<String> titles(Path index) throws IOException {
    CliRun search = CliRun.of("search", "--index", index.toString(), "--json", "--limit", "1000");
    assertThat(search.exitCode()).as(search.err()).isZero();
    JsonNode json = Json.MAPPER.readTree(search.out());
    assertThat(json.get("total").asInt()).isEqualTo(json.get("hits").size());
    List<String> titles = new ArrayList<>();
    json.get("hits").forEach(hit -> titles.add(hit.get("title").asText()));
    return titles;
  }
}
