package org.vigie.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.vigie.store.StoreException;

/**
 * Events as the output contract shows them (the {@code json} column), with the store key of their
 * article ({@code doc_key}) and its title added, newest first.
 */
final class EventQueries {

  private final ObjectMapper mapper;

  EventQueries(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** One page of the events matching {@code where}, and how many match in all. */
  ObjectNode page(Connection c, Where where, int limit, int offset) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    out.put("total", count(c, where));
    out.put("limit", limit);
    out.put("offset", offset);
    ArrayNode items = out.putArray("items");
    String sql = "WITH page AS (SELECT e.doc_key, e.event_id, e.day, e.json FROM events e WHERE " + where.sql()
        + " ORDER BY e.day DESC NULLS LAST, e.doc_key, e.event_id LIMIT ? OFFSET ?)"
        + " SELECT page.doc_key, page.json, d.title FROM page LEFT JOIN documents d ON d.doc_key = page.doc_key"
        + " ORDER BY page.day DESC NULLS LAST, page.doc_key, page.event_id";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = where.bind(s, 1);
      s.setInt(i++, limit);
      s.setInt(i, offset);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          items.add(event(r.getString(1), r.getString(2), r.getString(3)));
        }
      }
    }
    return out;
  }

  /** The event {@code eventId} of article {@code docKey}, or null. */
  ObjectNode one(Connection c, String docKey, String eventId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT e.doc_key, e.json, d.title, d.url FROM events e"
        + " LEFT JOIN documents d ON d.doc_key = e.doc_key WHERE e.doc_key = ? AND e.event_id = ?")) {
      s.setString(1, docKey);
      s.setString(2, eventId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        ObjectNode event = event(r.getString(1), r.getString(2), r.getString(3));
        event.put("url", r.getString(4));
        return event;
      }
    }
  }

  private long count(Connection c, Where where) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM events e WHERE " + where.sql())) {
      where.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private ObjectNode event(String docKey, String json, String title) {
    ObjectNode event = mapper.createObjectNode();
    event.put("doc_key", docKey);
    event.put("title", title);
    try {
      event.setAll((ObjectNode) mapper.readTree(json));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new StoreException("event of " + docKey + ": stored JSON unreadable: " + e.getMessage(), e);
    }
    return event;
  }
}
