package org.vigie.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the full-text index hold exactly the store's coded documents. The counts are compared
 * first; only when they differ are the keys read, the missing documents indexed from the store and
 * the extra ones dropped. After a run killed between a store commit and an index commit, this is
 * what brings the index back.
 */
final class IndexReconciler {

  private static final Logger LOG = LoggerFactory.getLogger(IndexReconciler.class);
  private static final String CODED = "FROM documents WHERE status = 'coded'";

  private final TextIndex index;
  private final Store store;

  IndexReconciler(TextIndex index, Store store) {
    this.index = index;
    this.store = store;
  }

  /** Returns how many documents were indexed or dropped. */
  int run() {
    if (!index.writable()) {
      throw new IllegalStateException(index.folder() + ": a read-only index cannot be reconciled");
    }
    Connection c = store.connection();
    try {
      long stored = count(c);
      if (stored == index.size()) {
        return 0;
      }
      Set<String> indexed = index.keys();
      Set<String> extra = new HashSet<>(indexed);
      int added = 0;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT doc_key, title, text, date, lang " + CODED)) {
        while (r.next()) {
          String key = r.getString(1);
          extra.remove(key);
          if (!indexed.contains(key)) {
            Date date = r.getDate(4);
            index.add(key, r.getString(2), r.getString(3), date == null ? null : date.toLocalDate(), r.getString(5));
            added++;
          }
        }
      }
      index.delete(extra);
      LOG.info("{}: {} documents indexed from the store, {} dropped", index.folder(), added, extra.size());
      return added + extra.size();
    } catch (SQLException e) {
      throw store.failure("reading documents to index", e);
    }
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) " + CODED)) {
      r.next();
      return r.getLong(1);
    }
  }
}
