package org.vigie.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API's endpoints, all read-only GETs under {@code /api}. Each is documented in
 * {@code openapi.json} (a test checks that the two agree).
 *
 * <p>Paging: {@code limit} defaults to 50 and may not exceed 500 (above is a 400, not a silent
 * cap, so a client never believes it got everything); {@code offset} up to 1,000,000.
 */
final class Routes {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  static final int MAX_OFFSET = 1_000_000;

  /** Store keys and event ids: {@code url-} or {@code text-} and hex digits, in practice. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  private final EventQueries events;
  private final DocumentQueries documents;
  private final ChartQueries charts;
  private final DocumentSearch search;

  Routes(ObjectMapper mapper, DocumentSearch search) {
    this.events = new EventQueries(mapper);
    this.documents = new DocumentQueries(mapper);
    this.charts = new ChartQueries(mapper);
    this.search = search;
  }

  List<Route> all() {
    return List.of(
        new Route("/api/summary", List.of(), (c, p, path) -> documents.summary(c, search)),
        new Route("/api/events", withFilters("limit", "offset"), (c, p, path) ->
            events.page(c, Where.of(p, search), limit(p, DEFAULT_LIMIT), p.integer("offset", 0, 0, MAX_OFFSET))),
        new Route("/api/events/{doc_key}/{event_id}", List.of(), (c, p, path) ->
            found(events.one(c, key(path, "doc_key"), key(path, "event_id")), "no such event")),
        new Route("/api/documents/{doc_key}", List.of(), (c, p, path) ->
            found(documents.document(c, key(path, "doc_key")), "no such document")),
        new Route("/api/timeline", withFilters("interval"), (c, p, path) ->
            charts.timeline(c, Where.of(p, search), p.choice("interval", "day", List.of("day", "week", "month")))),
        new Route("/api/actors", withFilters("role", "limit"), (c, p, path) ->
            charts.actors(c, Where.of(p, search), p.choice("role", "any", ChartQueries.ROLES), limit(p, 20))),
        new Route("/api/network", withFilters("limit"), (c, p, path) ->
            charts.network(c, Where.of(p, search), limit(p, 100))),
        new Route("/api/map", withFilters("limit"), (c, p, path) ->
            charts.map(c, Where.of(p, search), limit(p, 200))),
        new Route("/api/search", List.of("q", "limit"), (c, p, path) -> {
          int limit = limit(p, 20);
          String q = p.query();
          if (q == null) {
            throw new BadRequest("q", "required: the words to look for");
          }
          return documents.search(c, search, q, limit);
        }));
  }

  private static List<String> withFilters(String... more) {
    List<String> all = new ArrayList<>(Params.FILTERS);
    all.addAll(List.of(more));
    return all;
  }

  private static int limit(Params p, int otherwise) {
    return p.integer("limit", otherwise, 1, MAX_LIMIT);
  }

  private static String key(Map<String, String> path, String name) {
    String v = path.get(name);
    if (v == null || !KEY.matcher(v).matches()) {
      throw new BadRequest(name, "not a store key or event id: '" + Params.shorten(String.valueOf(v)) + "'");
    }
    return v;
  }

  private static <T> T found(T value, String what) {
    if (value == null) {
      throw new NotFound(what);
    }
    return value;
  }
}
