package org.newsfacts.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.newsfacts.fact.Article;
import org.newsfacts.index.IndexedStory;

/**
 * Tells ingest which articles to leave alone: the same article met earlier in this run (one
 * story as a page and as a PDF), a near copy of one ({@link StoryCopies}: the same story with
 * other quote marks or a newsletter's header), or one already indexed unchanged. A copy from another file is never
 * skipped silently: a line on stderr names the article it repeats, so nothing seems to vanish.
 * Used on the batch's calling thread only.
 */
public final class DuplicateArticles implements Predicate<Article> {
  private final Map<String, String> firstSourceById = new HashMap<>();
  private final StoryCopies.Grouping stories = new StoryCopies.Grouping();
  private final List<Seen> storyOrder = new ArrayList<>();
  private final Function<Article, String> indexedSource;
  private final CopyListener copies;
  // The signatures of the articles let through, until the index takes them (takeSignature).
  private final Map<String, int[]> signatures = new ConcurrentHashMap<>();
  private final PrintWriter err;

  /** What is kept of each article read: enough to name it, not its text. */
  private record Seen(String id, String source) {}

  /** An article indexed by an earlier run, with its story's signature. */
  public record Known(String id, String source, StoryCopies.Signature signature) {
    /** The stories an index holds, as ingest (local or on Spark) checks new articles against them. */
    public static List<Known> of(List<IndexedStory> stories) {
      return stories.stream()
          .map(story -> new Known(story.id(), story.source(), new StoryCopies.Signature(story.minHashes())))
          .toList();
    }
  }

  /** Told of each copy skipped, so the kept article can list where else its story was read. */
  @FunctionalInterface
  public interface CopyListener {
    void copied(String keptId, String copySource);
  }

  /**
   * @param indexedSource the source of the indexed copy of an article when the index holds it
   *     with the same content, else {@code null}
   * @param err where the lines about skipped copies go
   */
  public DuplicateArticles(Function<Article, String> indexedSource, PrintWriter err) {
    this(indexedSource, List.of(), (id, source) -> {}, err);
  }

  /**
   * @param known articles indexed before, in index order: a near copy of one is skipped too
   * @param copies told of every copy skipped that came from another source
   */
  public DuplicateArticles(
      Function<Article, String> indexedSource, List<Known> known, CopyListener copies,
      PrintWriter err) {
    this.indexedSource = indexedSource;
    this.copies = copies;
    this.err = err;
    for (Known story : known) {
      stories.add(story.signature());
      storyOrder.add(new Seen(story.id(), story.source()));
    }
  }

  /** True when the article is a copy to skip; says so when the copy comes from another file. */
  @Override
  public boolean test(Article article) {
    return isCopy(article.id(), article.source(), () -> StoryCopies.signature(article.text()),
        () -> indexedSource.apply(article));
  }

  /**
   * {@link #test} for an engine that computed the signature elsewhere (a Spark task) and calls
   * this in input order on one machine: the same answers and the same lines as ingest.
   *
   * @param signature the article's {@link StoryCopies#signature}, asked for only when needed
   * @param indexed the source of its indexed copy, as {@code indexedSource} gives it
   */
  public boolean isCopy(
      String id, String source, Supplier<StoryCopies.Signature> signature, Supplier<String> indexed) {
    String first = firstSourceById.putIfAbsent(id, source);
    StoryCopies.Signature computed = null;
    if (first == null) {
      computed = signature.get();
      Seen story = firstOfStory(id, source, computed);
      // The same article indexed before, or a changed file's earlier version, is no near copy.
      if (story != null && !story.id().equals(id) && !story.source().equals(source)) {
        err.println(source + ": skipped: the same story as " + story.source()
            + " (id " + story.id() + "), a near copy");
        err.flush();
        copies.copied(story.id(), source);
        return true;
      }
    }
    String original = first != null ? first : indexed.get();
    if (original == null) {
      if (computed != null) {
        signatures.put(id, computed.minHashes());
      }
      return false;
    }
    if (!original.equals(source)) {
      err.println(skipLine(source, original, id));
      err.flush();
      copies.copied(id, source);
    }
    return true;
  }

  /**
   * The MinHash values of the story of the article {@code id}, which this let through, computed
   * once when it was read; {@code null} when there are none. Each is handed out once, so what is
   * kept lasts only until the article is indexed.
   */
  public int[] takeSignature(String id) {
    return signatures.remove(id);
  }

  /** The earlier article of this run that tells the same story, or {@code null}. */
  private Seen firstOfStory(String id, String source, StoryCopies.Signature signature) {
    int first = stories.add(signature);
    storyOrder.add(new Seen(id, source));
    return first == storyOrder.size() - 1 ? null : storyOrder.get(first);
  }

  /** The stderr line for a copy at {@code source} of the article first read at {@code original}. */
  public static String skipLine(String source, String original, String id) {
    return source + ": skipped: the same article as " + original + " (id " + id + ")";
  }
}
