package org.vigie.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.vigie.store.EventAggregates;
import org.vigie.store.EventFilter;
import org.vigie.store.Store;
import org.vigie.store.StoreException;

/**
 * Writes the events of a store that a filter keeps, in one of the export formats. Events come in a
 * fixed order (event day, undated last, then document key, sentence, event id); GDELT rows in the
 * order of {@link EventAggregates}. Each method returns the number of rows written.
 */
public final class EventExporter {

  /** The export formats. */
  public enum Format { JSONL, CSV, GDELT, PARQUET }

  /** The flat event columns: every column of {@code events} but the contract line. */
  static final String FLAT_COLUMNS = "e.* EXCLUDE (json)";

  private static final String ORDER = " ORDER BY e.day NULLS LAST, e.doc_key, e.sentence_id, e.event_id";

  private final Store store;

  public EventExporter(Store store) {
    this.store = store;
  }

  /** The stored contract lines ({@code events.json}), unchanged, one a line. */
  public long jsonl(EventFilter filter, Writer out) {
    return query("SELECT e.json FROM events e WHERE " + filter.where() + ORDER, filter, r -> {
      out.write(r.getString(1));
      out.write('\n');
    });
  }

  /** A header, then one RFC 4180 record per event with the flat columns. */
  public long csv(EventFilter filter, Writer out) {
    boolean[] header = {false};
    return query("SELECT " + FLAT_COLUMNS + " FROM events e WHERE " + filter.where() + ORDER, filter, r -> {
      ResultSetMetaData meta = r.getMetaData();
      List<String> fields = new ArrayList<>();
      if (!header[0]) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          fields.add(meta.getColumnLabel(i));
        }
        out.write(Csv.record(fields));
        fields.clear();
        header[0] = true;
      }
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        fields.add(r.getString(i));
      }
      out.write(Csv.record(fields));
    });
  }

  /** GDELT 2.0 event rows, one per aggregated event, no header. */
  public long gdelt(EventFilter filter, GdeltRow rows, Writer out) {
    long[] count = {0};
    EventAggregates.forEach(store, filter, row -> {
      try {
        out.write(rows.line(row));
        count[0]++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return count[0];
  }

  /** The flat columns as a Parquet file, written by DuckDB. */
  public long parquet(EventFilter filter, Path file) {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    String sql = "COPY (SELECT " + FLAT_COLUMNS + " FROM events e WHERE " + filter.where() + ORDER + ") TO '"
        + target + "' (FORMAT PARQUET)";
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      filter.bind(s, 1);
      s.execute();
      return s.getUpdateCount();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot write Parquet: " + e.getMessage(), e);
    }
  }

  private interface RowWriter {
    void write(ResultSet r) throws SQLException, IOException;
  }

  private long query(String sql, EventFilter filter, RowWriter writer) {
    long n = 0;
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      filter.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          writer.write(r);
          n++;
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.file() + ": export: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
