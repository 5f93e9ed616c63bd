package org.vigie.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import org.vigie.store.TextIndex;

/**
 * The web application over one store: the JSON API of {@link Routes}, its OpenAPI description at
 * {@code /api/openapi.json}, and the dashboard (static files from the jar, ECharts from its
 * WebJar). The store is opened read-only; only GET is routed.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(ApiConfig.loopback(Path.of("vigie-data/vigie.duckdb")))) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /** Where the dashboard's files are in the jar. */
  static final String WEB = "/org/vigie/api/web";
  static final String OPENAPI = "/org/vigie/api/openapi.json";

  /** Request attribute: a JSON error is already written (the 404 fallback leaves it alone). */
  private static final String ANSWERED = "vigie.error-written";

  /** Scripts, styles, images and data only from this server; no frames, forms or plugins. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** Reading connections: one per core is enough, DuckDB parallelises each query itself. */
  private static final int CONNECTIONS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

  private final ApiConfig config;
  private final ConnectionPool pool;
  private final TextIndex index;
  private final Javalin app;

  private ApiServer(ApiConfig config, ConnectionPool pool, TextIndex index, Javalin app) {
    this.config = config;
    this.pool = pool;
    this.index = index;
    this.app = app;
  }

  /** Opens the store read-only and starts serving; fails when the store or the port is unusable. */
  public static ApiServer start(ApiConfig config) {
    Store store = Store.openReadOnly(config.store());
    ConnectionPool pool = new ConnectionPool(store, CONNECTIONS);
    TextIndex index = null;
    try {
      ObjectMapper mapper = new ObjectMapper();
      // the Lucene index that `vigie ingest` keeps beside the store, else plain SQL matching
      if (Files.isDirectory(TextIndex.folderOf(config.store()))) {
        index = TextIndex.openReadOnly(config.store());
      }
      DocumentSearch search = index != null ? new LuceneDocumentSearch(index) : new SqlDocumentSearch();
      String openapi = resource(OPENAPI);
      List<Route> routes = new Routes(mapper, search).all();
      ResponseCache cache = new ResponseCache(config.cacheMegabytes() * (1L << 20) / 2);
      Javalin app = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.http.prefer405over404 = true;
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = WEB;
          files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
        cfg.routes.before(ctx -> secure(ctx, config.corsOrigin()));
        cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
        for (Route route : routes) {
          cfg.routes.get(route.path(), ctx -> answer(ctx, route, pool, mapper, cache));
        }
        cfg.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, mapper, 400, e.getMessage(), e.parameter()));
        cfg.routes.exception(NotFound.class, (e, ctx) -> error(ctx, mapper, 404, e.getMessage(), null));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
          LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.toString(), e instanceof StoreException ? null : e);
          error(ctx, mapper, 500, "internal error (see the server's log)", null);
        });
        cfg.routes.error(404, ctx -> {
          if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
            error(ctx, mapper, 404, "no such endpoint: " + Params.shorten(ctx.path()), null);
          }
        });
      });
      app.start();
      return new ApiServer(config, pool, index, app);
    } catch (RuntimeException e) {
      pool.close();
      if (index != null) {
        index.close();
      }
      throw e;
    }
  }

  private static void answer(Context ctx, Route route, ConnectionPool pool, ObjectMapper mapper, ResponseCache cache) {
    String request = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    String json = cache.answer(request, () -> {
      Params params = new Params(ctx.queryParamMap(), Set.copyOf(route.params()));
      JsonNode body = pool.with(c -> route.answer().answer(c, params, ctx.pathParamMap()));
      try {
        return mapper.writeValueAsString(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the answer: " + e.getMessage(), e);
      }
    });
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  /** Headers on every answer, API and files alike. */
  private static void secure(Context ctx, String corsOrigin) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    if (corsOrigin != null && corsOrigin.equals(ctx.header("Origin"))) {
      ctx.header("Access-Control-Allow-Origin", corsOrigin);
      ctx.header("Vary", "Origin");
    }
  }

  private static void error(Context ctx, ObjectMapper mapper, int status, String message, String parameter) {
    ObjectNode body = mapper.createObjectNode();
    ctx.attribute(ANSWERED, Boolean.TRUE);
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
  }

  private static String resource(String path) {
    try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:7070/}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port() + "/";
  }

  /** Stops serving and closes the store. */
  @Override
  public void close() {
    app.stop();
    pool.close();
    if (index != null) {
      index.close();
    }
  }
}
