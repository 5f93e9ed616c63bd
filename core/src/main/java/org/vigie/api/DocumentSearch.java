package org.vigie.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Full-text search over the stored articles, for {@code /api/search} and the {@code q} filter. */
interface DocumentSearch {

  /** A matching article: its key, a relevance score (higher is better) and a plain-text excerpt. */
  record Hit(String docKey, double score, String snippet) {}

  /** A SQL condition over {@code events e} with its bound values, in order. */
  record Condition(String sql, List<Object> values) {}

  /** The best {@code limit} articles for {@code query}, best first. */
  List<Hit> search(Connection c, String query, int limit) throws SQLException;

  /** The condition "the event's article matches {@code query}". */
  Condition eventCondition(String query);

  /** What answers the queries, for the summary endpoint ("lucene" or "sql"). */
  String engine();
}
