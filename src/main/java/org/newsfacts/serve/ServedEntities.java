package org.newsfacts.serve;

import java.io.IOException;
import java.util.List;
import org.newsfacts.entities.Entity;
import org.newsfacts.entities.EntityStore;
import org.newsfacts.index.ArticleScan;

/**
 * The archive's entities for {@code /api/entities}, recomputed once per index commit. Uploads
 * commit one article at a time, so the table is rebuilt lazily, by the first request after a
 * commit, not by every upload. One request at a time rebuilds it: the saved table is one file.
 */
final class ServedEntities {
  private final LiveIndex index;
  private String commit;
  private List<Entity> entities;

  ServedEntities(LiveIndex index) {
    this.index = index;
  }

  synchronized List<Entity> current() throws IOException {
    String now = ArticleScan.commitToken(index.dir());
    if (entities == null || !now.equals(commit)) {
      // A read-only server leaves the index folder as it found it: it computes without saving.
      entities =
          index.readOnly()
              ? EntityStore.readIfCurrent(index.dir()).orElse(EntityStore.compute(index.dir()))
              : EntityStore.load(index.dir());
      commit = now;
    }
    return entities;
  }
}
