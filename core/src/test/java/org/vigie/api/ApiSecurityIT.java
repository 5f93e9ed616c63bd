package org.vigie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.ArticleIds;

/**
 * Hostile requests against the real server: SQL in every parameter, path traversal, oversized
 * pages, write methods, cross-origin calls; and the headers that keep an article's markup inert.
 */
class ApiSecurityIT {

  static final List<String> INJECTIONS = List.of(
      "' OR '1'='1",
      "1; DROP TABLE events; --",
      "1) OR (1=1",
      "x' UNION SELECT json, json FROM events --",
      "'; UPDATE documents SET text = 'pwned'; --",
      "\"; COPY events TO '/tmp/vigie-leak.csv'; --");

  private static ApiServer server;
  private static Http http;
  private static JsonNode summaryBefore;

  @BeforeAll
  static void start() {
    server = ApiServer.start(ApiConfig.loopback(TestStore.file()));
    http = new Http(server);
    summaryBefore = http.get("/api/summary").json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Nothing found: an empty list, a zero total, no buckets. */
  private static boolean empty(JsonNode body) {
    for (String list : List.of("items", "buckets", "edges", "countries", "places")) {
      if (body.has(list) && !body.get(list).isEmpty()) {
        return false;
      }
    }
    return !body.has("total") || body.get("total").asLong() == 0;
  }

  private static boolean everything(JsonNode body) {
    return body.has("total") && body.get("total").asLong() >= summaryBefore.get("events").asLong();
  }

  @Test
  void sqlInEveryParameterIsRefusedOrFindsNothing() {
    List<Route> routes = new Routes(new ObjectMapper(), new SqlDocumentSearch()).all();
    int requests = 0;
    for (Route route : routes) {
      String path = route.path().replace("{doc_key}", "url-0").replace("{event_id}", "0");
      for (String param : route.params()) {
        for (String attack : INJECTIONS) {
          Http.Answer a = http.get(path + "?" + param + "=" + encode(attack));
          requests++;
          String what = route.path() + "?" + param + "=" + attack + " -> " + a.status() + " " + a.body();
          if (param.equals("q")) {
            // a text query is words to look for: it may find the articles holding them, never all
            assertTrue(a.status() == 400 || a.status() == 200 && !everything(a.json()), what);
          } else {
            assertTrue(a.status() == 400 || a.status() == 200 && empty(a.json()), what);
          }
          if (a.status() == 400) {
            assertEquals(param, a.json().get("parameter").asText(), what);
          }
        }
      }
      if (route.path().contains("{")) {
        for (String attack : INJECTIONS) {
          Http.Answer a = http.get(route.path().replaceAll("\\{[a-z_]+}", encode(attack).replace("+", "%20")));
          requests++;
          assertEquals(400, a.status(), route.path() + " " + attack + " -> " + a.body());
        }
      }
    }
    assertTrue(requests > 300, "requests sent: " + requests);
    assertEquals(summaryBefore, http.get("/api/summary").json(), "the store is unchanged");
    assertFalse(new java.io.File("/tmp/vigie-leak.csv").exists());
  }

  @Test
  void pathTraversalOnStaticFilesIsRefused() throws IOException {
    List<String> attempts = List.of(
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/..;/..;/..;/etc/passwd",
        "/webjars/../../org/vigie/store/schema/V1__initial.sql",
        "/%2e%2e/store/schema/V1__initial.sql",
        "/..%5c..%5c..%5cetc%5cpasswd",
        "/org/vigie/store/schema/V1__initial.sql",
        "/org/vigie/api/ApiServer.class",
        "/app.js%00.html",
        "/webjars/echarts/5.3.1/../../../../META-INF/MANIFEST.MF");
    for (String path : attempts) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      int status = Integer.parseInt(response.substring(9, 12));
      assertTrue(status == 400 || status == 404, path + " -> " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("root:") || response.contains("CREATE TABLE") || response.contains("Main-Class"),
          path + " leaked a file");
    }
    assertEquals(200, http.get("/app.js").status(), "the dashboard's own files are served");
  }

  @Test
  void pageSizeIsCapped() {
    assertEquals(400, http.get("/api/events?limit=501").status());
    assertEquals(400, http.get("/api/events?limit=100000000000").status());
    assertEquals(400, http.get("/api/network?limit=10000").status());
    assertEquals(400, http.get("/api/events?offset=1000001").status());
    JsonNode max = http.get("/api/events?limit=500").json();
    assertTrue(max.get("items").size() <= 500);
    assertEquals(500, max.get("limit").asInt());
  }

  @Test
  void thereIsNoWayToWrite() {
    String key = ArticleIds.storeKey(TestStore.ARTICLES.get(0));
    List<String> paths = List.of("/api/events", "/api/documents/" + key, "/api/summary", "/api/search?q=x",
        "/api/timeline", "/index.html", "/api/openapi.json", "/api/anything");
    for (String path : paths) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        Http.Answer a = http.send(method, path, "{\"text\": \"pwned\"}");
        assertTrue(a.status() == 404 || a.status() == 405, method + " " + path + " -> " + a.status());
      }
    }
    assertEquals(summaryBefore, http.get("/api/summary").json());
  }

  @Test
  void noCorsUnlessConfigured() {
    Http.Answer a = http.send(HttpRequest.newBuilder(URI.create(base(server) + "/api/events"))
        .header("Origin", "http://evil.example").GET());
    assertEquals(200, a.status());
    assertNull(a.header("Access-Control-Allow-Origin"));
    Http.Answer preflight = http.send(HttpRequest.newBuilder(URI.create(base(server) + "/api/events"))
        .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertNull(preflight.header("Access-Control-Allow-Origin"));

    try (ApiServer open = ApiServer.start(new ApiConfig(TestStore.file(), "127.0.0.1", 0, "http://localhost:3000"))) {
      Http other = new Http(open);
      Http.Answer allowed = other.send(HttpRequest.newBuilder(URI.create(base(open) + "/api/summary"))
          .header("Origin", "http://localhost:3000").GET());
      assertEquals("http://localhost:3000", allowed.header("Access-Control-Allow-Origin"));
      Http.Answer refused = other.send(HttpRequest.newBuilder(URI.create(base(open) + "/api/summary"))
          .header("Origin", "http://evil.example").GET());
      assertNull(refused.header("Access-Control-Allow-Origin"));
    }
  }

  @Test
  void markupInArticlesTravelsAsJsonTextUnderAStrictPolicy() {
    String key = ArticleIds.storeKey(TestStore.ARTICLES.stream()
        .filter(x -> x.id().equals(TestStore.HOSTILE_ID)).findFirst().orElseThrow());
    Http.Answer doc = http.get("/api/documents/" + key);
    assertEquals(200, doc.status());
    assertTrue(doc.header("Content-Type").startsWith("application/json"));
    assertEquals(TestStore.HOSTILE_TITLE, doc.json().get("title").asText());
    assertTrue(doc.json().get("text").asText().contains(TestStore.SCRIPT));
    for (String path : List.of("/", "/app.js", "/api/events", "/api/documents/" + key, "/api/nothing")) {
      Http.Answer a = http.get(path);
      assertEquals("nosniff", a.header("X-Content-Type-Options"), path);
      String csp = a.header("Content-Security-Policy");
      assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), path);
      assertEquals("DENY", a.header("X-Frame-Options"), path);
    }
    assertTrue(server.url().startsWith("http://127.0.0.1:"), "loopback unless told otherwise");
  }

  private static String base(ApiServer s) {
    return "http://127.0.0.1:" + s.port();
  }

  /** One raw HTTP exchange, so that no client library cleans the path first. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
