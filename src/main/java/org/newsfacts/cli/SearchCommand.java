package org.newsfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the search stage lands. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("search is not built yet");
  }
}
