package org.newsfacts.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load benchmark, small: searches and uploads at once all succeed. No timing asserted. */
class ServeBenchTest {
  @Test
  void searchesAndUploadsTogetherAllSucceedAndTheIndexIsLeftAlone(@TempDir Path dir) throws Exception {
    Path index = SeedIndex.create(dir.resolve("index"));
    List<String> files = filesOf(index);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    ServeBench.Result result =
        ServeBench.run(index, 4, 40, 2, new PrintStream(progress, true, StandardCharsets.UTF_8));
    assertThat(result.searches()).isEqualTo(40);
    assertThat(result.searchErrors()).isZero();
    assertThat(result.postStatuses()).containsExactly(201, 201);
    assertThat(result.p95Millis()).isGreaterThanOrEqualTo(result.p50Millis());
    assertThat(result.describe()).contains("40 searches from 4 clients", "0 errors", "p95");
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("1 articles");
    assertThat(filesOf(index)).isEqualTo(files);
  }

  private static List<String> filesOf(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName() + " " + f.toFile().length()).sorted().toList();
    }
  }
}
