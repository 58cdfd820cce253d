package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.fact.Json;

/**
 * Every file of an ingest is indexed or named on stderr: a copy of an article names the article
 * it repeats, a program is skipped with a line, and a run that indexes nothing leaves no index
 * folder behind.
 */
class IngestNamesEveryFileTest {
  private static final String STORY =
      "Tram line opens in Bergen\n\nThe new tram line in Bergen carried its first passengers on Monday.";

  @TempDir Path dir;

  @Test
  void aCopyNamesTheArticleItRepeatsAndAProgramIsSkippedWithALine() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path first = Files.writeString(corpus.resolve("a-story.txt"), STORY);
    Path copy = Files.writeString(corpus.resolve("b-copy.md"), STORY);
    Path program = Files.write(corpus.resolve("c-tool.jar"), new byte[] {'P', 'K', 3, 4, 0, 0});
    String index = dir.resolve("index").toString();

    CliRun run = CliRun.of("ingest", "--index", index, corpus.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
    assertThat(run.err().lines()).contains(
        copy + ": skipped: the same article as " + first + " (id " + onlyId(index) + ")",
        program + ": skipped: a program archive (.jar), not an article");
    assertThat(run.err()).contains("1 ingested, 2 skipped, 0 failed");

    CliRun again = CliRun.of("ingest", "--index", index, copy.toString());
    assertThat(again.err()).as("the indexed copy is named on a later run too")
        .contains(copy + ": skipped: the same article as " + first);
    assertThat(CliRun.of("search", "--index", index, "--json", "tram").out())
        .as("the one article lists the other file it was read from")
        .contains("\"source\":\"" + first + "\",\"copies\":[\"" + copy + "\"]");
  }

  @Test
  void aNearCopyOfAStoryNamesTheStoryItRepeats() throws IOException {
    String story = "Tram line opens in Bergen\n\nThe new tram line in Bergen carried its first"
        + " passengers on Monday, three years after work began on the route from the airport to"
        + " the harbour. \"It is a good day for the city,\" said the mayor, who rode the first tram"
        + " with a group of schoolchildren and the engineers who built the line.";
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path first = Files.writeString(corpus.resolve("a-story.txt"), story);
    Path newsletter = Files.writeString(corpus.resolve("b-newsletter.txt"),
        "Bergen weekly, issue 12\n\n" + story.replace("\"It", "\u201cIt").replace("city,\"", "city,\u201d"));

    CliRun run = CliRun.of("ingest", "--index", dir.resolve("index").toString(), corpus.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(CliExit.OK);
    assertThat(run.err()).contains(
        newsletter + ": skipped: the same story as " + first + " (id ", "), a near copy",
        "1 ingested, 1 skipped, 0 failed");
    assertThat(CliRun.of("search", "--index", dir.resolve("index").toString(), "tram").out())
        .contains("also read from " + newsletter);
  }

  @Test
  void aNearCopyReadInALaterRunIsKnownForOne() throws IOException {
    String story = "Ferry service resumes to Orkney\n\nThe ferry from Aberdeen to Kirkwall sailed"
        + " again on Friday after storms had kept it in port for six days. Islanders who had run"
        + " short of fresh milk and bread queued at the harbour as the first lorries rolled off,"
        + " and the operator said extra sailings would run over the weekend to clear the backlog.";
    Path first = Files.writeString(dir.resolve("ferry.txt"), story);
    Path later = Files.writeString(dir.resolve("ferry-wire.txt"),
        "FERRY SERVICE RESUMES\n\n" + story.replace("six days", "six days, the longest stop this winter"));
    String index = dir.resolve("index").toString();
    assertThat(CliRun.of("ingest", "--index", index, first.toString()).exitCode()).isZero();

    CliRun run = CliRun.of("ingest", "--index", index, later.toString());

    assertThat(run.err()).contains(
        later + ": skipped: the same story as " + first + " (id ", "), a near copy",
        "0 ingested, 1 skipped, 0 failed");
    assertThat(CliRun.of("search", "--index", index, "--json", "ferry").out())
        .contains("\"total\":1", "\"copies\":[\"" + later + "\"]");
    assertThat(CliRun.of("report", "--index", index, "--format", "md", "ferry").out())
        .contains("- Also read from: `" + later + "`");
    assertThat(CliRun.of("report", "--index", index, "--format", "html", "ferry").out())
        .contains(" · Also read from: <code>" + later + "</code>");
    assertThat(CliRun.of("report", "--index", index, "--format", "json", "ferry").out())
        .contains("\"copies\" : [ \"" + later + "\" ]");
    assertThat(CliRun.of("report", "--index", index, "--format", "csv", "ferry").out())
        .contains(",sentence,copies\r\n").contains("," + later + "\r\n");
    JsonNode ferry =
        Json.MAPPER.readTree(CliRun.of("entities", "--index", index, "--format", "json", "--type", "place").out());
    assertThat(ferry).as("a story published twice: two articles, one story").isNotEmpty().allSatisfy(place -> {
      assertThat(place.get("articles").asInt()).isEqualTo(2);
      assertThat(place.get("stories").asInt()).isEqualTo(1);
    });
    CliRun changed = CliRun.of("ingest", "--index", index,
        Files.writeString(first, story.replace("Friday", "Saturday")).toString());
    assertThat(changed.err()).as("a changed file is no copy of its own earlier version")
        .contains("1 ingested, 0 skipped");
  }

  @Test
  void anIngestThatIndexesNothingLeavesNoIndexFolder() {
    Path index = dir.resolve("index");

    CliRun run = CliRun.of("ingest", "--index", index.toString(), "https://example.com/news/tram");

    assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(run.err()).contains(
        ": could not read: URLs are not read; save the page first and give its file",
        "no article was indexed, so no index was created at " + index);
    assertThat(index).doesNotExist();
  }

  /** The id of the one article the index holds, as {@code search --json} gives it. */
  private static String onlyId(String index) {
    String json = CliRun.of("search", "--index", index, "--json", "tram").out();
    int at = json.indexOf("\"id\":\"") + "\"id\":\"".length();
    return json.substring(at, json.indexOf('"', at));
  }
}
