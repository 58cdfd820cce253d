package org.newsfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.search.FactSearcher;

/** Opens the index a command names, turning every failure into one line for the user. */
final class IndexOption {
  /** The index folder when {@code --index} is not given. */
  static final String DEFAULT = "index";

  private IndexOption() {}

  static FactSearcher openSearcher(Path dir) {
    try {
      return FactSearcher.open(dir);
    } catch (NotAnIndexException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError("cannot read index " + dir + ": " + e.getMessage(), e);
    }
  }
}
