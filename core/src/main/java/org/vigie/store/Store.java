package org.vigie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded store: one DuckDB file, opened (created if needed) and migrated to the schema of
 * this Vigie. Not thread-safe: one writer at a time, as DuckDB allows one writing process.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("vigie-data/vigie.duckdb"))) {
 *   new DocumentWriter(store).write(result, origin);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

  /** Where the store lives unless {@code --db} says otherwise. */
  public static final Path DEFAULT_PATH = Path.of("vigie-data", "vigie.duckdb");

  private final Path file;
  private final Connection connection;
  private PreparedStatement lookup;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens {@code file} for reading and writing, creating it and its folder when missing. */
  public static Store open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot create the store's folder: " + e.getMessage(), e);
    }
    discardInterruptedCreation(file);
    Store store = connect(file, false);
    try {
      Migrations.apply(store.connection, Migrations.bundled());
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw new StoreException(file + ": " + e.getMessage(), e);
    }
    return store;
  }

  /**
   * An empty store file is what a run killed while DuckDB was creating it leaves: it holds nothing,
   * and DuckDB refuses to open it, so it is removed (with any write-ahead log) and created anew.
   */
  private static void discardInterruptedCreation(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) == 0) {
        Files.delete(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot replace the empty store file: " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing store read-only (several readers may share it, e.g. the API server while
   * nothing ingests). Fails when the file is missing or at another schema version.
   */
  public static Store openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + ": no store here (run `vigie ingest` first, or give --db)");
    }
    Store store = connect(file, true);
    try {
      int version = Migrations.currentVersion(store.connection);
      int expected = Migrations.bundled().size();
      if (version != expected) {
        store.close();
        throw new StoreException(file + ": store at schema version " + version + ", this Vigie needs "
            + expected + " (open it once with `vigie ingest` to migrate it)");
      }
    } catch (SQLException e) {
      store.close();
      throw new StoreException(file + ": " + e.getMessage(), e);
    }
    return store;
  }

  private static Store connect(Path file, boolean readOnly) {
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
      return new Store(file, c);
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The JDBC connection, for queries; callers must not close it. */
  public Connection connection() {
    return connection;
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    try {
      return Migrations.currentVersion(connection);
    } catch (SQLException e) {
      throw failure("reading the schema version", e);
    }
  }

  /** Whether a document with this key is stored (ingest skips it). */
  public boolean contains(String docKey) {
    return status(docKey) != null;
  }

  /** The status of a stored document ({@code coded}, {@code link}), or null when it is not stored. */
  private synchronized String status(String docKey) {
    try {
      if (lookup == null) {
        // prepared once: ingest asks for every article, and DuckDB plans at each prepare
        lookup = connection.prepareStatement("SELECT status FROM documents WHERE doc_key = ?");
      }
      lookup.setString(1, docKey);
      try (ResultSet r = lookup.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw failure("looking up " + docKey, e);
    }
  }

  /** {@code SELECT count(*) FROM table}, for summaries and tests. */
  public long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("counting " + table, e);
    }
  }

  /** Whether a document with this key is stored with its content (not only as a feed link). */
  public boolean isCoded(String docKey) {
    return "coded".equals(status(docKey));
  }

  /**
   * Records a per-record problem in the errors table (committed at once). The same problem
   * (origin, stage and reason) is kept once, however many runs meet it.
   */
  public void recordError(String origin, String stage, String reason) {
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO errors SELECT ?, ?, ?, current_timestamp WHERE NOT EXISTS"
            + " (SELECT 1 FROM errors WHERE origin = ? AND stage = ? AND reason = ?)")) {
      for (int i : new int[] {1, 4}) {
        s.setString(i, origin);
        s.setString(i + 1, stage);
        s.setString(i + 2, reason);
      }
      s.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw failure("recording an error for " + origin, e);
    }
  }

  StoreException failure(String what, SQLException e) {
    return new StoreException(file + ": " + what + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("closing", e);
    }
  }
}
