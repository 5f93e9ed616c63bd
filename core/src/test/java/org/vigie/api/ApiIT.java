package org.vigie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API on a real server over a store made by the real pipeline. */
class ApiIT {

  private static ApiServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = ApiServer.start(ApiConfig.loopback(TestStore.file()));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode ok(String pathAndQuery) {
    Http.Answer a = http.get(pathAndQuery);
    assertEquals(200, a.status(), pathAndQuery + " -> " + a.body());
    assertTrue(a.header("Content-Type").startsWith("application/json"), a.header("Content-Type"));
    return a.json();
  }

  private static void assertBadParameter(String pathAndQuery, String parameter) {
    Http.Answer a = http.get(pathAndQuery);
    assertEquals(400, a.status(), pathAndQuery + " -> " + a.body());
    assertEquals(parameter, a.json().get("parameter").asText(), a.body());
    assertTrue(a.json().get("error").asText().startsWith(parameter + ":"), a.body());
  }

  @Test
  void summaryCountsTheStore() {
    JsonNode s = ok("/api/summary");
    assertEquals(TestStore.ARTICLES.size(), s.get("documents").asInt());
    assertTrue(s.get("events").asInt() >= 4, s.toString());
    assertEquals("[\"en\",\"fr\"]", s.get("languages").toString());
  }

  @Test
  void eventsArePagedNewestFirst() {
    JsonNode all = ok("/api/events");
    int total = all.get("total").asInt();
    assertEquals(total, all.get("items").size());
    assertEquals(50, all.get("limit").asInt());
    List<String> days = new ArrayList<>();
    all.get("items").forEach(e -> days.add(e.get("date").asText()));
    List<String> sorted = new ArrayList<>(days);
    sorted.sort((a, b) -> b.compareTo(a));
    assertEquals(sorted, days);
    JsonNode second = ok("/api/events?limit=1&offset=1");
    assertEquals(1, second.get("items").size());
    assertEquals(total, second.get("total").asInt());
    assertEquals(all.get("items").get(1).get("event_id"), second.get("items").get(0).get("event_id"));
    JsonNode first = all.get("items").get(0);
    for (String field : List.of("doc_key", "title", "doc_id", "event_id", "sentence", "code", "root", "quad_class",
        "goldstein", "source", "target", "evidence", "lang")) {
      assertTrue(first.has(field), field + " in " + first);
    }
  }

  @Test
  void filtersNarrowTheEvents() {
    int total = ok("/api/events").get("total").asInt();
    JsonNode en = ok("/api/events?lang=en");
    assertTrue(en.get("total").asInt() > 0 && en.get("total").asInt() < total, en.toString());
    en.get("items").forEach(e -> assertEquals("en", e.get("lang").asText()));
    JsonNode autumn = ok("/api/events?from=2015-09-01&to=2015-12-31");
    autumn.get("items").forEach(e -> assertTrue(e.get("date").asText().startsWith("2015"), e.toString()));
    JsonNode japan = ok("/api/events?actor=jpn");
    assertTrue(japan.get("total").asInt() > 0);
    japan.get("items").forEach(e -> assertTrue(e.get("source").get("code").asText().startsWith("JPN")
        || e.get("target").get("code").asText().startsWith("JPN"), e.toString()));
    JsonNode text = ok("/api/events?q=Corée");
    assertTrue(text.get("total").asInt() > 0);
    text.get("items").forEach(e -> assertEquals("japon", e.get("doc_id").asText()));
    assertEquals(0, ok("/api/events?q=zzzunknownword").get("total").asInt());
  }

  @Test
  void oneEventAndItsDocumentWithOffsets() {
    JsonNode first = ok("/api/events?limit=1").get("items").get(0);
    String key = first.get("doc_key").asText();
    JsonNode one = ok("/api/events/" + key + "/" + first.get("event_id").asText());
    assertEquals(first.get("sentence"), one.get("sentence"));
    assertNotNull(one.get("url").asText());
    JsonNode doc = ok("/api/documents/" + key);
    String text = doc.get("text").asText();
    assertFalse(doc.get("events").isEmpty());
    for (JsonNode e : doc.get("events")) {
      JsonNode t = e.get("trigger");
      assertEquals(t.get("text").asText().split(" ")[0],
          text.substring(t.get("start").asInt(), t.get("end").asInt()).split(" ")[0], e.toString());
      JsonNode s = e.get("source");
      if (!s.get("start").isNull()) {
        assertTrue(s.get("end").asInt() > s.get("start").asInt() && s.get("end").asInt() <= text.length(), e.toString());
      }
    }
    assertEquals(404, http.get("/api/documents/url-0000000000000000").status());
    assertEquals(404, http.get("/api/events/" + key + "/ffffffffffffffff").status());
  }

  @Test
  void timelineCountsEveryDatedEventOnce() {
    int total = ok("/api/events").get("total").asInt();
    JsonNode days = ok("/api/timeline");
    int sum = 0;
    for (JsonNode b : days.get("buckets")) {
      int quads = 0;
      for (JsonNode q : b.get("quad")) {
        quads += q.asInt();
      }
      assertEquals(b.get("events").asInt(), quads, b.toString());
      sum += b.get("events").asInt();
    }
    assertEquals(total, sum);
    for (JsonNode b : ok("/api/timeline?interval=week").get("buckets")) {
      assertEquals(DayOfWeek.MONDAY, LocalDate.parse(b.get("date").asText()).getDayOfWeek(), b.toString());
    }
    assertTrue(ok("/api/timeline?lang=en").get("buckets").size() < days.get("buckets").size());
  }

  @Test
  void actorsNetworkAndMap() {
    JsonNode actors = ok("/api/actors?limit=3");
    assertTrue(actors.get("items").size() > 0 && actors.get("items").size() <= 3);
    JsonNode top = actors.get("items").get(0);
    assertEquals(top.get("events").asInt(), top.get("as_source").asInt() + top.get("as_target").asInt());
    ok("/api/actors?role=source").get("items").forEach(a -> assertEquals(0, a.get("as_target").asInt()));
    JsonNode net = ok("/api/network");
    Set<String> nodes = new TreeSet<>();
    net.get("nodes").forEach(n -> nodes.add(n.get("code").asText()));
    for (JsonNode e : net.get("edges")) {
      assertTrue(nodes.contains(e.get("source").asText()) && nodes.contains(e.get("target").asText()), e.toString());
      assertFalse(e.get("source").asText().equals("---") || e.get("target").asText().equals("---"));
    }
    JsonNode map = ok("/api/map");
    assertTrue(map.has("countries") && map.has("places"));
    map.get("countries").forEach(c -> assertTrue(c.get("country").asText().matches("[A-Z]{3}"), c.toString()));
  }

  @Test
  void searchFindsArticlesWithASnippet() {
    JsonNode hits = ok("/api/search?q=Cor%C3%A9e+Japon");
    assertEquals(1, hits.get("items").size(), hits.toString());
    JsonNode hit = hits.get("items").get(0);
    assertEquals("japon", hit.get("doc_id").asText());
    assertEquals("lucene", hits.get("engine").asText(), "the index beside the store answers");
    assertTrue(hit.get("snippet").asText().contains("Corée"), hit.toString());
    assertTrue(hit.get("events").asInt() > 0, hit.toString());
    assertBadParameter("/api/search", "q");
  }

  @Test
  void badParametersAreA400NamingThem() {
    assertBadParameter("/api/events?limit=501", "limit");
    assertBadParameter("/api/events?limit=0", "limit");
    assertBadParameter("/api/events?limit=ten", "limit");
    assertBadParameter("/api/events?offset=-1", "offset");
    assertBadParameter("/api/events?from=yesterday", "from");
    assertBadParameter("/api/events?from=2016-01-02&to=2016-01-01", "to");
    assertBadParameter("/api/events?quad=5", "quad");
    assertBadParameter("/api/events?country=France", "country");
    assertBadParameter("/api/events?code=1a", "code");
    assertBadParameter("/api/events?root=1", "root");
    assertBadParameter("/api/events?lang=fra", "lang");
    assertBadParameter("/api/events?quad=1&quad=2", "quad");
    assertBadParameter("/api/events?colour=red", "colour");
    assertBadParameter("/api/timeline?interval=year", "interval");
    assertBadParameter("/api/actors?role=victim", "role");
    assertBadParameter("/api/events?q=" + "x".repeat(201), "q");
    assertBadParameter("/api/documents/a%20b", "doc_key");
  }

  @Test
  void unknownApiPathsAreJson404() {
    Http.Answer a = http.get("/api/nothing");
    assertEquals(404, a.status());
    assertTrue(a.json().get("error").asText().contains("/api/nothing"), a.body());
  }

  @Test
  void everyRouteIsDocumentedWithItsParameters() throws Exception {
    JsonNode spec = ok("/api/openapi.json");
    JsonNode components = spec.get("components").get("parameters");
    List<Route> routes = new Routes(new ObjectMapper(), new SqlDocumentSearch()).all();
    Set<String> routed = new TreeSet<>(Set.of("/api/openapi.json"));
    for (Route route : routes) {
      routed.add(route.path());
      JsonNode get = spec.get("paths").get(route.path());
      assertNotNull(get, route.path() + " is not documented");
      Set<String> documented = new TreeSet<>();
      Set<String> pathParams = new TreeSet<>();
      for (JsonNode p : get.get("get").path("parameters")) {
        JsonNode param = p.has("$ref") ? components.get(p.get("$ref").asText().replace("#/components/parameters/", "")) : p;
        assertNotNull(param, p.toString());
        (param.get("in").asText().equals("query") ? documented : pathParams).add(param.get("name").asText());
      }
      assertEquals(new TreeSet<>(route.params()), documented, route.path());
      Set<String> inPath = new TreeSet<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-z_]+)}").matcher(route.path());
      while (m.find()) {
        inPath.add(m.group(1));
      }
      assertEquals(inPath, pathParams, route.path());
    }
    Set<String> documentedPaths = new TreeSet<>();
    spec.get("paths").fieldNames().forEachRemaining(documentedPaths::add);
    assertEquals(routed, documentedPaths);
  }
}
