package org.newsfacts.entities;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsfacts.index.ArticleScan;

/**
 * The entity table of an index, kept beside it as {@code entities.tsv} in the index folder
 * (Lucene leaves files it does not name alone). Tab-separated so that {@code search} can read the
 * aliases without starting a JSON library; the first line records the index commit it was
 * computed from, so a stale table is recomputed rather than trusted.
 */
public final class EntityStore {
  public static final String FILE = "entities.tsv";
  // Bump the version whenever the merging rules change: a table saved by older rules is then
  // recomputed instead of read.
  private static final String HEADER = "# newsfacts entities 5 commit ";

  private EntityStore() {}

  /** Recomputes the table from every stored article and saves it; returns it. */
  public static List<Entity> recompute(Path index) throws IOException {
    String commit = ArticleScan.commitToken(index);
    List<Entity> entities = compute(index);
    write(index.resolve(FILE), commit, entities);
    return entities;
  }

  /** Computes the table from every stored article without saving it (a read-only caller). */
  public static List<Entity> compute(Path index) throws IOException {
    List<ArticleEntity> all = new ArrayList<>();
    ArticleScan.forEach(index, (article, copies) -> all.addAll(ArticleEntity.of(article, copies)));
    return EntityMerger.merge(all);
  }

  /** The saved table when it matches the index's last commit, else a freshly computed one. */
  public static List<Entity> load(Path index) throws IOException {
    Optional<List<Entity>> saved = readIfCurrent(index);
    return saved.isPresent() ? saved.get() : recompute(index);
  }

  /** The saved table if it was computed from the index's last commit. */
  public static Optional<List<Entity>> readIfCurrent(Path index) throws IOException {
    Path file = index.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String commit = ArticleScan.commitToken(index);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals(HEADER + commit)) {
        return Optional.empty();
      }
      return Optional.of(entities(in));
    }
  }

  /** The saved table, however old; empty when there is none. */
  public static List<Entity> readSaved(Path index) throws IOException {
    Path file = index.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.startsWith(HEADER)) {
        return List.of(); // another version's table: its rules may differ
      }
      return entities(in);
    }
  }

  private static List<Entity> entities(BufferedReader in) throws IOException {
    List<Entity> entities = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isEmpty()) {
        entities.add(parse(line));
      }
    }
    return entities;
  }

  private static void write(Path file, String commit, List<Entity> entities) throws IOException {
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write(HEADER + commit);
      out.newLine();
      for (Entity e : entities) {
        out.write(format(e));
        out.newLine();
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  // Names are on one line (ArticleEntity); a tab or "|" inside one would be read back split.
  static String format(Entity e) {
    return String.join(
        "\t",
        e.id(),
        e.type(),
        clean(e.name()),
        String.join("|", e.aliases().stream().map(EntityStore::clean).toList()),
        Integer.toString(e.articles()),
        Integer.toString(e.stories()),
        Integer.toString(e.mentions()),
        orEmpty(e.first()),
        orEmpty(e.last()),
        e.lat() == null ? "" : e.lat().toString(),
        e.lon() == null ? "" : e.lon().toString(),
        orEmpty(e.country()),
        orEmpty(e.gazetteerId()));
  }

  static Entity parse(String line) {
    String[] f = Arrays.copyOf(line.split("\t", -1), 13);
    return new Entity(
        f[0],
        f[1],
        f[2],
        f[3].isEmpty() ? List.of() : List.of(f[3].split("\\|")),
        Integer.parseInt(f[4]),
        Integer.parseInt(f[5]),
        Integer.parseInt(f[6]),
        orNull(f[7]),
        orNull(f[8]),
        f[9] == null || f[9].isEmpty() ? null : Double.valueOf(f[9]),
        f[10] == null || f[10].isEmpty() ? null : Double.valueOf(f[10]),
        orNull(f[11]),
        orNull(f[12]));
  }

  private static String clean(String name) {
    return name.replace('\t', ' ').replace('|', '/');
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String orNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
