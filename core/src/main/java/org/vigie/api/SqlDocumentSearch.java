package org.vigie.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Full-text search without an index: case-insensitive substring matching over the cleaned text
 * and title, scored by the number of occurrences. Used when the store has no Lucene index beside
 * it; slower on a large store (a scan of every text) but needs nothing else.
 */
final class SqlDocumentSearch implements DocumentSearch {

  static final int SNIPPET_CHARS = 200;

  @Override
  public List<Hit> search(Connection c, String query, int limit) throws SQLException {
    String needle = query.toLowerCase(Locale.ROOT);
    String sql = "SELECT doc_key, text, (length(lower(text)) - length(replace(lower(text), ?, ''))) / length(?)"
        + " + CASE WHEN contains(lower(coalesce(title, '')), ?) THEN 1 ELSE 0 END AS score"
        + " FROM documents WHERE status = 'coded'"
        + " AND (contains(lower(text), ?) OR contains(lower(coalesce(title, '')), ?))"
        + " ORDER BY score DESC, date DESC NULLS LAST, doc_key LIMIT ?";
    List<Hit> hits = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= 5; i++) {
        s.setString(i, needle);
      }
      s.setInt(6, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          hits.add(new Hit(r.getString(1), r.getDouble(3), snippet(r.getString(2), needle)));
        }
      }
    }
    return hits;
  }

  @Override
  public Condition eventCondition(String query) {
    return new Condition("e.doc_key IN (SELECT doc_key FROM documents WHERE contains(lower(text), ?)"
        + " OR contains(lower(coalesce(title, '')), ?))",
        List.of(query.toLowerCase(Locale.ROOT), query.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String engine() {
    return "sql";
  }

  /** About {@link #SNIPPET_CHARS} characters of {@code text} around the first match, on word limits. */
  static String snippet(String text, String needle) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
    if (at < 0) {
      at = 0;
    }
    int start = Math.max(0, at - SNIPPET_CHARS / 2);
    int end = Math.min(text.length(), start + SNIPPET_CHARS);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && at - start < SNIPPET_CHARS) {
      start--;
    }
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - at < SNIPPET_CHARS * 2) {
      end++;
    }
    String body = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
  }
}
