package org.vigie.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema's history: the files listed in {@code org/vigie/store/schema/migrations.txt}, named
 * {@code V<n>__<what>.sql}, applied in order. Each runs in one transaction with the row that
 * records it in {@code schema_version}, so a store is always at one whole version.
 */
final class Migrations {

  private static final String FOLDER = "/org/vigie/store/schema/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  /** One migration file. */
  record Migration(int version, String description, String sql) {}

  private Migrations() {}

  /** The migrations shipped with this version of Vigie, oldest first. */
  static List<Migration> bundled() {
    List<Migration> all = new ArrayList<>();
    for (String name : read("migrations.txt").split("\\R")) {
      name = name.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("migrations.txt: bad migration name " + name);
      }
      int version = Integer.parseInt(m.group(1));
      if (version != all.size() + 1) {
        throw new IllegalStateException("migrations.txt: " + name + " out of order");
      }
      all.add(new Migration(version, m.group(2).replace('_', ' '), read(name)));
    }
    return all;
  }

  /** The version of the store behind {@code c}: 0 for an empty database. */
  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet tables = s.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      tables.next();
      if (tables.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Brings the database up to the newest version; returns the versions applied. */
  static List<Integer> apply(Connection c, List<Migration> migrations) throws SQLException {
    int current = currentVersion(c);
    if (current > migrations.size()) {
      throw new StoreException("the store is at schema version " + current
          + ", newer than this Vigie knows (" + migrations.size() + "): use a newer Vigie");
    }
    List<Integer> applied = new ArrayList<>();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (Migration m : migrations.subList(current, migrations.size())) {
        try (Statement s = c.createStatement()) {
          for (String statement : statements(m.sql())) {
            s.execute(statement);
          }
          s.execute("INSERT INTO schema_version VALUES (" + m.version() + ", '"
              + m.description().replace("'", "''") + "', current_timestamp)");
          c.commit();
          applied.add(m.version());
        } catch (SQLException e) {
          c.rollback();
          throw new SQLException("schema migration V" + m.version() + " failed: " + e.getMessage(), e);
        }
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return applied;
  }

  /** The statements of a migration file: split on ';' at line ends, comments dropped. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\\R")) {
      int comment = line.indexOf("--");
      String code = comment >= 0 ? line.substring(0, comment) : line;
      current.append(code).append('\n');
      if (code.strip().endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FOLDER + name, e);
    }
  }
}
