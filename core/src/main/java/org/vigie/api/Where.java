package org.vigie.api;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.vigie.store.EventFilter;

/**
 * The condition over {@code events e} of one request: the validated {@link EventFilter} and,
 * when {@code q} is given, the documents that match it. Values only ever reach SQL as bound
 * parameters.
 */
record Where(EventFilter filter, DocumentSearch.Condition text) {

  static Where of(Params params, DocumentSearch search) {
    EventFilter filter = params.filter();
    String q = params.query();
    return new Where(filter, q == null ? null : search.eventCondition(q));
  }

  static Where all() {
    return new Where(EventFilter.ALL, null);
  }

  String sql() {
    return text == null ? filter.where() : "(" + filter.where() + ") AND " + text.sql();
  }

  /** Binds from parameter {@code first}; returns the next free index. */
  int bind(PreparedStatement s, int first) throws SQLException {
    int i = filter.bind(s, first);
    if (text != null) {
      for (Object v : text.values()) {
        s.setObject(i++, v);
      }
    }
    return i;
  }

}
