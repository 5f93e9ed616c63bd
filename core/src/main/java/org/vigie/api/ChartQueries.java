package org.vigie.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The aggregates behind the dashboard's charts, each over the events matching a {@link Where}:
 * counts per day or week by quad class, the most active actors, who acts on whom, and where.
 * Actor code {@code ---} (no actor found) is left out of the actor views.
 */
final class ChartQueries {

  /** Bucket widths of the timeline, as DuckDB's {@code date_trunc} names them (never user text). */
  static final Map<String, String> INTERVALS = Map.of("day", "'day'", "week", "'week'", "month", "'month'");

  private final ObjectMapper mapper;

  ChartQueries(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Events per bucket: total, per quad class (1 to 4) and mean Goldstein. */
  ObjectNode timeline(Connection c, Where where, String interval) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    out.put("interval", interval);
    ArrayNode buckets = out.putArray("buckets");
    String sql = "SELECT CAST(date_trunc(" + INTERVALS.get(interval) + ", e.day) AS DATE) AS bucket, count(*),"
        + " count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
        + " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
        + " avg(e.goldstein) FROM events e WHERE e.day IS NOT NULL AND " + where.sql()
        + " GROUP BY bucket ORDER BY bucket";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      where.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ObjectNode b = buckets.addObject();
          b.put("date", r.getDate(1).toLocalDate().toString());
          b.put("events", r.getLong(2));
          ArrayNode quads = b.putArray("quad");
          for (int q = 3; q <= 6; q++) {
            quads.add(r.getLong(q));
          }
          b.put("goldstein", round(r.getDouble(7)));
        }
      }
    }
    return out;
  }

  /** The {@code limit} actors in most events as {@code role} (source, target or any). */
  ObjectNode actors(Connection c, Where where, String role, int limit) throws SQLException {
    String sources = "SELECT e.source_code AS code, 1 AS s, 0 AS t, e.goldstein FROM events e WHERE "
        + where.sql();
    String targets = "SELECT e.target_code AS code, 0 AS s, 1 AS t, e.goldstein FROM events e WHERE "
        + where.sql();
    String union = switch (role) {
      case "source" -> sources;
      case "target" -> targets;
      default -> sources + " UNION ALL " + targets;
    };
    String sql = "WITH m AS (" + union + "), top AS (SELECT code, count(*) AS n, sum(s) AS as_source,"
        + " sum(t) AS as_target, avg(goldstein) AS g FROM m WHERE code <> '---' GROUP BY code"
        + " ORDER BY n DESC, code LIMIT ?)"
        + " SELECT top.code, a.name, a.country, n, as_source, as_target, g FROM top"
        + " LEFT JOIN actors a ON a.code = top.code ORDER BY n DESC, top.code";
    ObjectNode out = mapper.createObjectNode();
    out.put("role", role);
    ArrayNode items = out.putArray("items");
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = where.bind(s, 1);
      if (role.equals("any")) {
        i = where.bind(s, i);
      }
      s.setInt(i, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ObjectNode a = items.addObject();
          a.put("code", r.getString(1));
          a.put("name", r.getString(2));
          a.put("country", r.getString(3));
          a.put("events", r.getLong(4));
          a.put("as_source", r.getLong(5));
          a.put("as_target", r.getLong(6));
          a.put("goldstein", round(r.getDouble(7)));
        }
      }
    }
    return out;
  }

  /** The {@code limit} most frequent source → target pairs, with counts and mean Goldstein. */
  ObjectNode network(Connection c, Where where, int limit) throws SQLException {
    String sql = "WITH edges AS (SELECT e.source_code AS s, e.target_code AS t, count(*) AS n,"
        + " avg(e.goldstein) AS g FROM events e WHERE e.source_code <> '---' AND e.target_code <> '---' AND "
        + where.sql() + " GROUP BY 1, 2 ORDER BY n DESC, s, t LIMIT ?)"
        + " SELECT s, sa.name, sa.country, t, ta.name, ta.country, n, g FROM edges"
        + " LEFT JOIN actors sa ON sa.code = s LEFT JOIN actors ta ON ta.code = t ORDER BY n DESC, s, t";
    ObjectNode out = mapper.createObjectNode();
    ArrayNode edges = out.putArray("edges");
    ObjectNode nodes = mapper.createObjectNode();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = where.bind(s, 1);
      s.setInt(i, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ObjectNode edge = edges.addObject();
          edge.put("source", r.getString(1));
          edge.put("target", r.getString(4));
          edge.put("events", r.getLong(7));
          edge.put("goldstein", round(r.getDouble(8)));
          node(nodes, r.getString(1), r.getString(2), r.getString(3), r.getLong(7));
          node(nodes, r.getString(4), r.getString(5), r.getString(6), r.getLong(7));
        }
      }
    }
    ArrayNode list = out.putArray("nodes");
    nodes.forEach(list::add);
    return out;
  }

  private void node(ObjectNode nodes, String code, String name, String country, long events) {
    ObjectNode n = (ObjectNode) nodes.get(code);
    if (n == null) {
      n = nodes.putObject(code);
      n.put("code", code);
      n.put("name", name);
      n.put("country", country);
      n.put("events", 0L);
    }
    n.put("events", n.get("events").asLong() + events);
  }

  /** Events per location country and per place (with coordinates, the {@code limit} largest). */
  ObjectNode map(Connection c, Where where, int limit) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    ArrayNode countries = out.putArray("countries");
    try (PreparedStatement s = c.prepareStatement("SELECT e.location_country, count(*), avg(e.goldstein)"
        + " FROM events e WHERE e.location_country IS NOT NULL AND " + where.sql()
        + " GROUP BY 1 ORDER BY 2 DESC, 1")) {
      where.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ObjectNode n = countries.addObject();
          n.put("country", r.getString(1));
          n.put("events", r.getLong(2));
          n.put("goldstein", round(r.getDouble(3)));
        }
      }
    }
    ArrayNode places = out.putArray("places");
    try (PreparedStatement s = c.prepareStatement("SELECT e.location_name, e.location_country, e.lat, e.lon,"
        + " count(*), avg(e.goldstein) FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND "
        + where.sql() + " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT ?")) {
      int i = where.bind(s, 1);
      s.setInt(i, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ObjectNode n = places.addObject();
          n.put("name", r.getString(1));
          n.put("country", r.getString(2));
          n.put("lat", r.getDouble(3));
          n.put("lon", r.getDouble(4));
          n.put("events", r.getLong(5));
          n.put("goldstein", round(r.getDouble(6)));
        }
      }
    }
    return out;
  }

  static final List<String> ROLES = List.of("any", "source", "target");

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
