package org.newsfacts.spark;

import java.util.concurrent.Callable;
import org.newsfacts.cli.CliExit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command of {@code newsfacts-spark}: prints usage when called without a subcommand. */
@Command(
    name = "newsfacts-spark",
    mixinStandardHelpOptions = true,
    version = "newsfacts-spark 0.1.0",
    description = "Newsfacts' ingest as an Apache Spark job.",
    subcommands = {SparkIngestCommand.class})
public final class SparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Read by Logging.configure before picocli runs; declared here so every subcommand accepts it.
  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log library messages (Spark, model loading) and show stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CliExit.USAGE;
  }
}
