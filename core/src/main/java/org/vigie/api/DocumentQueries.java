package org.vigie.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One article with the offsets of each event's source, target and trigger in its cleaned text
 * (what the article view highlights), the search results, and the store summary.
 */
final class DocumentQueries {

  private final ObjectMapper mapper;

  DocumentQueries(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The article stored under {@code docKey} with its events in text order, or null. */
  ObjectNode document(Connection c, String docKey) throws SQLException {
    ObjectNode doc = mapper.createObjectNode();
    try (PreparedStatement s = c.prepareStatement("SELECT doc_key, doc_id, url, title, CAST(date AS VARCHAR), lang,"
        + " outlet, credited_source, status, text FROM documents WHERE doc_key = ?")) {
      s.setString(1, docKey);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        String[] names = {"doc_key", "doc_id", "url", "title", "date", "lang", "outlet", "credited_source", "status",
            "text"};
        for (int i = 0; i < names.length; i++) {
          doc.put(names[i], r.getString(i + 1));
        }
      }
    }
    ArrayNode events = doc.putArray("events");
    try (PreparedStatement s = c.prepareStatement("SELECT event_id, sentence_id, date, code, root, quad_class,"
        + " goldstein, source_code, source_name, source_start, source_end, target_code, target_name, target_start,"
        + " target_end, trigger, trigger_start, trigger_end, location_name, location_country"
        + " FROM events WHERE doc_key = ? ORDER BY trigger_start, event_id")) {
      s.setString(1, docKey);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(event(r));
        }
      }
    }
    return doc;
  }

  private ObjectNode event(ResultSet r) throws SQLException {
    ObjectNode e = mapper.createObjectNode();
    e.put("event_id", r.getString("event_id"));
    e.put("sentence_id", r.getInt("sentence_id"));
    e.put("date", r.getString("date"));
    e.put("code", r.getString("code"));
    e.put("root", r.getString("root"));
    e.put("quad_class", r.getInt("quad_class"));
    e.put("goldstein", r.getDouble("goldstein"));
    span(e.putObject("source"), r, "source");
    span(e.putObject("target"), r, "target");
    ObjectNode trigger = e.putObject("trigger");
    trigger.put("text", r.getString("trigger"));
    trigger.put("start", r.getInt("trigger_start"));
    trigger.put("end", r.getInt("trigger_end"));
    e.put("location", r.getString("location_name"));
    e.put("location_country", r.getString("location_country"));
    return e;
  }

  private static void span(ObjectNode node, ResultSet r, String role) throws SQLException {
    node.put("code", r.getString(role + "_code"));
    node.put("name", r.getString(role + "_name"));
    int start = r.getInt(role + "_start");
    if (r.wasNull()) {
      node.putNull("start");
      node.putNull("end");
    } else {
      node.put("start", start);
      node.put("end", r.getInt(role + "_end"));
    }
  }

  /** The articles matching {@code query}, best first, with their title, date and event count. */
  ObjectNode search(Connection c, DocumentSearch engine, String query, int limit) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    out.put("q", query);
    out.put("engine", engine.engine());
    ArrayNode items = out.putArray("items");
    List<DocumentSearch.Hit> hits = engine.search(c, query, limit);
    try (PreparedStatement s = c.prepareStatement("SELECT doc_id, title, CAST(date AS VARCHAR), lang,"
        + " (SELECT count(*) FROM events e WHERE e.doc_key = d.doc_key) FROM documents d WHERE doc_key = ?")) {
      for (DocumentSearch.Hit hit : hits) {
        s.setString(1, hit.docKey());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            continue; // the index knows an article the store no longer has
          }
          ObjectNode item = items.addObject();
          item.put("doc_key", hit.docKey());
          item.put("doc_id", r.getString(1));
          item.put("title", r.getString(2));
          item.put("date", r.getString(3));
          item.put("lang", r.getString(4));
          item.put("events", r.getLong(5));
          item.put("score", hit.score());
          item.put("snippet", hit.snippet());
        }
      }
    }
    return out;
  }

  /** Counts and date range of the store, for the dashboard's header and filters. */
  ObjectNode summary(Connection c, DocumentSearch engine) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*), CAST(min(day) AS VARCHAR), CAST(max(day) AS VARCHAR)"
          + " FROM events")) {
        r.next();
        out.put("events", r.getLong(1));
        out.put("first_day", r.getString(2));
        out.put("last_day", r.getString(3));
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM documents WHERE status = 'coded'")) {
        r.next();
        out.put("documents", r.getLong(1));
      }
      ArrayNode langs = out.putArray("languages");
      try (ResultSet r = s.executeQuery("SELECT DISTINCT lang FROM documents WHERE lang IS NOT NULL ORDER BY 1")) {
        while (r.next()) {
          langs.add(r.getString(1));
        }
      }
    }
    out.put("search", engine.engine());
    return out;
  }
}
