package org.newsfacts.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How many publications an article's sources stand for. Ingest keeps one article for a story read
 * from several sources; an entity's article count still counts each publication of it — a wire
 * story sent again the next day is two articles to a reader counting coverage — but not each file
 * format of one document: {@code story.pdf} and {@code story.html} are one article saved twice.
 */
final class Publications {
  private Publications() {}

  /** The number of publications among an article's own source and the sources of its copies. */
  static int count(String source, Collection<String> copySources) {
    Set<String> documents = new HashSet<>();
    documents.add(document(source));
    copySources.forEach(copy -> documents.add(document(copy)));
    return documents.size();
  }

  /**
   * The source without its file extension ("dir/story.pdf" → "dir/story",
   * "wire.jsonl#reuters-854" → "wire#reuters-854"): sources that differ only there are one
   * document in several formats.
   */
  static String document(String source) {
    int hash = source.indexOf('#');
    String path = hash < 0 ? source : source.substring(0, hash);
    String item = hash < 0 ? "" : source.substring(hash);
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    int dot = path.lastIndexOf('.');
    return (dot > slash + 1 ? path.substring(0, dot) : path) + item;
  }
}
