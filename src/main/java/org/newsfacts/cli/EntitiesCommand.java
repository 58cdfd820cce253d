package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.entities.Entity;
import org.newsfacts.entities.EntityFilter;
import org.newsfacts.entities.EntityListing;
import org.newsfacts.entities.EntityStore;
import org.newsfacts.entities.EntityType;
import org.newsfacts.index.NotAnIndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts entities}: the archive's people, places and organisations, most articles first. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description =
        "Lists the people, places and organisations of the whole index, each merged across"
            + " articles (\"Reagan\" and \"Ronald Reagan\" are one person), ranked by the"
            + " number of articles naming them. QUERY keeps those whose name or an alias"
            + " contains it.")
public final class EntitiesCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    TABLE,
    CSV,
    JSON
  }

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, place or organization (default: all).")
  String type;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "At most N entities (default: all).")
  int limit;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words the name or an alias contains.")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    if (limit < 0) {
      throw new UserError("--limit must be 0 or more, not " + limit);
    }
    EntityType wanted;
    try {
      wanted = type == null ? null : EntityType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    List<Entity> all;
    try {
      all = EntityStore.load(index.dir);
    } catch (NotAnIndexException e) {
      throw new UserError(e.getMessage(), e);
    }
    List<Entity> selected = EntityFilter.select(all, wanted, String.join(" ", words), limit);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case CSV -> EntityListing.csv(selected, out);
      case JSON -> EntityListing.json(selected, out);
      default -> EntityListing.table(selected, out);
    }
    out.flush();
    return CliExit.OK;
  }
}
