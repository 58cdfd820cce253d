package org.newsfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the extract stage lands. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("extract is not built yet");
  }
}
