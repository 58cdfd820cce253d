package org.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @Test
  void listensOnTheLoopbackAddressAndPort8080ByDefault() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertThat(serve.bind).isEqualTo("127.0.0.1");
    assertThat(serve.port).isEqualTo(8080);
    assertThat(serve.readOnly).isFalse();
    assertThat(serve.index.dir).isEqualTo(Path.of("index"));
  }

  @Test
  void aMissingIndexIsOneLineWhenReadOnly(@TempDir Path dir) {
    CliRun run = CliRun.of("serve", "--read-only", "--port", "0", "--index", dir.resolve("none").toString());
    assertThat(run.exitCode()).isEqualTo(CliExit.FAILURE);
    assertThat(run.err().strip()).startsWith("newsfacts serve: no index at").doesNotContain("\n");
  }

  @Test
  void aBadPortIsAUsageError() {
    CliRun run = CliRun.of("serve", "--port", "70000");
    assertThat(run.exitCode()).isEqualTo(CliExit.USAGE);
    assertThat(run.err()).contains("--port must be 0-65535");
  }
}
