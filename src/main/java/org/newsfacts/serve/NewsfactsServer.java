package org.newsfacts.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.entities.Entity;
import org.newsfacts.entities.EntityFilter;
import org.newsfacts.entities.EntityType;
import org.newsfacts.fact.Json;
import org.newsfacts.search.QuerySyntaxException;

/**
 * {@code newsfacts serve}: the REST API and the web pages over one index, on an embedded
 * Javalin (Jetty) server. Start with {@link #start}, stop with {@link #close}.
 *
 * <ul>
 *   <li>{@code GET /api/health}
 *   <li>{@code GET /api/search?q=&person=&place=&org=&from=&to=&limit=&offset=}: the JSON of
 *       {@code search --json}
 *   <li>{@code GET /api/articles/{id}}: the article's complete record, as {@code extract} writes it
 *   <li>{@code POST /api/articles}: a JSON article or a file ({@code ?name=FILE.ext}); 201
 *   <li>{@code GET /api/report?q=&format=md|html|csv|json} (or {@code &article=ID})
 *   <li>{@code GET /api/entities?type=&q=&limit=}: the JSON of {@code entities --format json}
 *   <li>{@code /} the search page ({@code /?q=} opens with that search), {@code /articles/{id}}
 *       an article with its mentions marked and its facts
 * </ul>
 */
public final class NewsfactsServer implements Closeable {
  // Pages run only their own scripts and styles: article text that holds markup can never run,
  // even if a bug ever let it into the page as markup.
  private static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** The answer to {@code /api/health}. */
  record Health(String status, int articles, boolean readOnly) {}

  private final LiveIndex index;
  private final Javalin app;
  private final String host;

  private NewsfactsServer(LiveIndex index, Javalin app, String host) {
    this.index = index;
    this.app = app;
    this.host = host;
  }

  /**
   * Opens the index and starts listening.
   *
   * @param log where uploads, failures and server errors are logged (stderr)
   * @throws org.newsfacts.index.NotAnIndexException when the index cannot be served
   */
  public static NewsfactsServer start(ServeSettings settings, PrintWriter log) throws IOException {
    LiveIndex index = LiveIndex.open(settings.index(), settings.readOnly());
    try {
      ArticleUploads uploads = new ArticleUploads(index, settings, log);
      Reports reports = new Reports(index);
      ServedEntities served = new ServedEntities(index);
      WebAssets web =
          new WebAssets(
              "index.html", "article.html", "style.css", "common.js", "search.js",
              "article.js", "icon.svg");
      Javalin app =
          Javalin.create(
              config -> {
                configure(config, settings);
                routes(config, index, uploads, reports, served, web, settings, log);
              });
      app.start();
      if (!settings.readOnly()) {
        ModelWarmUp.start();
      }
      return new NewsfactsServer(index, app, settings.host());
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** The port listened on (the one picked, when the settings said 0). */
  public int port() {
    return app.port();
  }

  /** {@code http://HOST:PORT/}. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** Articles in the index as searches see it now. */
  public int articleCount() {
    return index.search(searcher -> searcher.articleCount());
  }

  /** Stops listening, lets running requests finish, then commits and closes the index. */
  @Override
  public void close() throws IOException {
    try {
      app.stop();
    } finally {
      index.close();
    }
  }

  private static void configure(JavalinConfig config, ServeSettings settings) {
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    // Uploads are streamed to a file by UploadBody, which enforces --max-file-size itself.
    config.http.maxRequestSize = settings.maxUploadBytes();
    config.router.ignoreTrailingSlashes = true;
  }

  private static void routes(
      JavalinConfig config,
      LiveIndex index,
      ArticleUploads uploads,
      Reports reports,
      ServedEntities served,
      WebAssets web,
      ServeSettings settings,
      PrintWriter log) {
    var routes = config.routes;
    routes.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
        });

    routes.get(
        "/api/health",
        ctx ->
            json(
                ctx,
                200,
                new Health("ok", index.search(searcher -> searcher.articleCount()), index.readOnly())));
    routes.get(
        "/api/search",
        ctx -> {
          var request = SearchParams.read(ctx::queryParam);
          json(ctx, 200, index.search(searcher -> searcher.search(request)));
        });
    routes.get(
        "/api/articles/{id}",
        ctx -> {
          String id = ctx.pathParam("id");
          var article =
              index
                  .search(searcher -> searcher.article(id))
                  .orElseThrow(() -> ApiError.notFound("no article with id " + id));
          json(ctx, 200, article);
        });
    routes.post("/api/articles", ctx -> upload(ctx, index, uploads, settings));
    routes.get("/api/report", reports::answer);
    routes.get("/api/entities", ctx -> json(ctx, 200, entities(ctx, served)));

    routes.get("/", ctx -> page(ctx, web.require("index.html")));
    routes.get("/articles/{id}", ctx -> page(ctx, web.require("article.html")));
    routes.get(
        "/static/{name}",
        ctx -> {
          var asset =
              web.get(ctx.pathParam("name"))
                  .filter(a -> !a.contentType().startsWith("text/html"))
                  .orElseThrow(() -> ApiError.notFound("no such file"));
          ctx.header("Cache-Control", "no-cache");
          ctx.contentType(asset.contentType()).result(asset.bytes());
        });
    routes.get("/favicon.ico", ctx -> ctx.redirect("/static/icon.svg"));

    routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    routes.exception(
        QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, "bad query: " + e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.println("serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
          log.flush();
          error(ctx, 500, "internal error: " + oneLine(e.getMessage()));
        });
  }

  /** {@code type} (person, place, organization), {@code q} (words of a name), {@code limit}. */
  private static List<Entity> entities(Context ctx, ServedEntities served) throws IOException {
    EntityType type;
    try {
      String label = ctx.queryParam("type");
      type = label == null || label.isBlank() ? null : EntityType.parse(label.strip());
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    int limit = SearchParams.number(ctx::queryParam, "limit", 0, 1_000_000);
    return EntityFilter.select(served.current(), type, ctx.queryParam("q"), limit);
  }

  private static void upload(
      Context ctx, LiveIndex index, ArticleUploads uploads, ServeSettings settings)
      throws IOException {
    ArticleUploads.requireWritable(index);
    requireSameOrigin(ctx);
    String name = ctx.queryParam("name");
    boolean json = name == null && isJson(ctx.contentType());
    String fileName = json ? "body.json" : UploadNames.clean(name);
    Path folder = Files.createTempDirectory("newsfacts-upload-");
    try {
      Path body = folder.resolve(fileName);
      UploadBody.save(
          ctx.bodyInputStream(), ctx.req().getContentLengthLong(), settings.maxUploadBytes(), body);
      UploadAnswer answer;
      if (json) {
        Path line = folder.resolve("article.jsonl");
        JsonArticleBody.toJsonLine(body, line);
        answer = uploads.index(line, "the request body", false);
      } else {
        answer = uploads.index(body, fileName, true);
      }
      ctx.header("Location", "/api/articles/" + answer.id());
      json(ctx, answer.status(), answer);
    } finally {
      TempFolders.delete(folder);
    }
  }

  /**
   * Any web page the user visits could otherwise make the browser post articles to this server
   * (a plain-text POST needs no CORS preflight). Browsers name the page's origin on every POST;
   * only this server's own pages may upload. Clients that are not browsers send no Origin.
   */
  private static void requireSameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    if (origin != null && !(host != null && origin.equalsIgnoreCase("http://" + host))) {
      throw new ApiError(403, "uploads from another site's pages are refused (Origin " + origin + ")");
    }
  }

  private static boolean isJson(String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json");
  }

  private static void page(Context ctx, WebAssets.Asset asset) {
    ctx.header("Content-Security-Policy", PAGE_POLICY);
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  static void json(Context ctx, int status, Object value) {
    try {
      ctx.status(status)
          .contentType("application/json; charset=utf-8")
          .result(Json.MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void error(Context ctx, int status, String reason) {
    json(ctx, status, Map.of("error", oneLine(reason)));
  }

  private static String oneLine(String text) {
    return text == null ? "unknown" : text.replaceAll("\\s+", " ").strip();
  }
}
