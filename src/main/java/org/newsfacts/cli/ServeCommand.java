package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsfacts.index.NotAnIndexException;
import org.newsfacts.serve.NewsfactsServer;
import org.newsfacts.serve.ServeSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacts serve}: the REST API and web pages, until stopped (Ctrl-C, SIGTERM). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the index over HTTP: a search page at /, article pages, and a REST API under"
          + " /api (health, search, articles, report; POST /api/articles adds an article).",
      "Listens on 127.0.0.1 only unless --bind says otherwise. Runs until stopped; the index"
          + " is committed and closed on Ctrl-C or SIGTERM."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin LimitOptions limits;

  @Mixin LimitOptions.Extraction extraction;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServeSettings.DEFAULT_HOST,
      description = "Address to listen on; 0.0.0.0 for every network (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--read-only",
      description = "Refuse uploads (403) and never write the index; an ingest may run beside.")
  boolean readOnly;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
    }
    ServeSettings settings =
        new ServeSettings(
            index.dir,
            bind,
            port,
            readOnly,
            limits.reader(spec.commandLine()),
            extraction.limits(limits, spec.commandLine()));
    PrintWriter err = spec.commandLine().getErr();
    NewsfactsServer server = start(settings, err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException e) {
                    err.println("serve: could not close the index cleanly: " + e.getMessage());
                  }
                  err.println("serve: stopped");
                  err.flush();
                  stopped.countDown();
                },
                "serve-shutdown"));
    err.println(
        "serve: " + server.url() + " — index " + index + ", " + server.articleCount()
            + " articles" + (readOnly ? ", read-only" : ""));
    err.flush();
    stopped.await();
    return CliExit.OK;
  }

  private NewsfactsServer start(ServeSettings settings, PrintWriter err) throws IOException {
    try {
      return NewsfactsServer.start(settings, err);
    } catch (NotAnIndexException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException | IllegalStateException e) {
      throw new UserError("cannot serve " + index + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Jetty's "address already in use" and the like: one line, not a stack trace.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new UserError("cannot listen on " + settings.host() + ":" + settings.port() + ": "
          + cause.getMessage(), e);
    }
  }
}
