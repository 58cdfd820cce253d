package org.newsfacts.extract.corenlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model loaded on a thread of its own, so that several load at once. The JVM's common pool is
 * no place for this: on two cores it has one thread, and the models would queue behind each
 * other there.
 */
public final class BackgroundLoad<T> {
  private final CompletableFuture<T> result = new CompletableFuture<>();

  private BackgroundLoad() {}

  /** Starts loading at once, on a daemon thread named {@code name}. */
  public static <T> BackgroundLoad<T> start(String name, Supplier<T> load) {
    BackgroundLoad<T> loading = new BackgroundLoad<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                loading.result.complete(load.get());
              } catch (Throwable t) {
                loading.result.completeExceptionally(t);
              }
            },
            "load-" + name);
    thread.setDaemon(true);
    thread.start();
    return loading;
  }

  /** The loaded model, waiting for it; a failure is rethrown as the loader threw it. */
  public T get() {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
