package org.newsfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the report stage lands. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class ReportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("report is not built yet");
  }
}
