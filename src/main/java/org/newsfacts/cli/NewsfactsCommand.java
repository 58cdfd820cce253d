package org.newsfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: prints usage when called without a subcommand. */
@Command(
    name = "newsfacts",
    mixinStandardHelpOptions = true,
    version = "newsfacts 0.1.0",
    description = "Turns a pile of articles into a searchable base of facts.",
    subcommands = {
      IngestCommand.class,
      ExtractCommand.class,
      TextCommand.class,
      SearchCommand.class,
      ReportCommand.class,
      EntitiesCommand.class,
      ServeCommand.class,
    })
public final class NewsfactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Read by Logging.configure before picocli runs; declared here so every subcommand accepts it.
  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log library messages (model loading, parser warnings) and show stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CliExit.USAGE;
  }
}
