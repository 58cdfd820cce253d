package org.newsfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsfacts.index.FactIndexWriter;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.search.FactSearcher;
import picocli.CommandLine.Option;

/**
 * The {@code --index} option that ingest, search and report share (a picocli mixin), and the one
 * place that opens the index, turning every failure into one line for the user.
 */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  FactSearcher openSearcher() {
    try {
      return FactSearcher.open(dir);
    } catch (NotAnIndexException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError("cannot read index " + dir + ": " + e.getMessage(), e);
    }
  }

  FactIndexWriter openWriter(boolean rebuild) {
    try {
      return FactIndexWriter.open(dir, rebuild);
    } catch (NotAnIndexException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException | IllegalStateException e) {
      throw new UserError("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
