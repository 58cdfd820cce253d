package org.newsfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the text stage lands. */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class TextCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("text is not built yet");
  }
}
