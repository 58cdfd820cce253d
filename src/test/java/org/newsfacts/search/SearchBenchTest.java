package org.newsfacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.SampleArticles;

class SearchBenchTest {
  @TempDir Path dir;

  @Test
  void printsOneLinePerQueryWithItsHitCountAndASummary() throws IOException {
    try (FactIndexWriter writer = FactIndexWriter.open(dir, false)) {
      SampleArticles.all().forEach(writer::add);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SearchBench.run(dir, List.of("troops", "place:Iraq"), 3,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).contains(": 4 articles, opened in");
    assertThat(lines.get(2)).matches("troops +2 .*");
    assertThat(lines.get(3)).matches("place:Iraq +3 .*");
    assertThat(lines.get(4)).startsWith("all 6 searches: p50 ");
  }
}
