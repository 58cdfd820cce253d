package org.newsfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the ingest stage lands. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class IngestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("ingest is not built yet");
  }
}
