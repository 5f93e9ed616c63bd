package org.vigie.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.vigie.store.Store;
import org.vigie.store.StoreException;

/**
 * A fixed set of connections to one read-only store, shared by the request threads. DuckDB
 * connections are not safe for concurrent use, but {@link DuckDBConnection#duplicate()} gives
 * independent connections over the same open database, which run queries in parallel.
 */
final class ConnectionPool implements AutoCloseable {

  private final Store store;
  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> idle;

  ConnectionPool(Store store, int size) {
    this.store = store;
    this.idle = new ArrayBlockingQueue<>(size);
    try {
      DuckDBConnection main = store.connection().unwrap(DuckDBConnection.class);
      for (int i = 0; i < size; i++) {
        Connection c = main.duplicate();
        all.add(c);
        idle.add(c);
      }
    } catch (SQLException e) {
      close();
      throw new StoreException(store.file() + ": cannot open reading connections: " + e.getMessage(), e);
    }
  }

  /** Work done with a borrowed connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} on an idle connection, waiting up to 10 s for one. */
  <T> T with(Work<T> work) {
    Connection c;
    try {
      c = idle.poll(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a store connection", e);
    }
    if (c == null) {
      throw new StoreException(store.file() + ": all store connections busy for 10 s");
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(store.file() + ": " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing at shutdown: nothing left to do with it
      }
    }
    store.close();
  }
}
