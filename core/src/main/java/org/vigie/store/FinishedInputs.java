package org.vigie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The {@code inputs} table: files read to their end, with the size and modification time they had
 * when reading began. A file whose size and time are unchanged need not be read again.
 */
final class FinishedInputs {

  /** What a file looked like before it was read; null fields when it could not be examined. */
  record Stamp(String path, long size, Instant modified) {

    /** The file's stamp, or null when it cannot be examined (it is then read, and fails there). */
    static Stamp of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
          return null;
        }
        // DuckDB keeps microseconds: compare at that precision
        Instant modified = a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS);
        return new Stamp(file.toAbsolutePath().normalize().toString(), a.size(), modified);
      } catch (IOException | SecurityException e) {
        return null;
      }
    }
  }

  private final Store store;

  FinishedInputs(Store store) {
    this.store = store;
  }

  /** Whether this file, as it is now, was read to its end by an earlier run. */
  boolean isFinished(Stamp stamp) {
    try (PreparedStatement s = store.connection().prepareStatement(
        "SELECT size, modified FROM inputs WHERE path = ? AND finished_at IS NOT NULL")) {
      s.setString(1, stamp.path());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return false;
        }
        Timestamp modified = r.getTimestamp(2);
        return r.getLong(1) == stamp.size() && modified != null
            && modified.toInstant().equals(stamp.modified());
      }
    } catch (SQLException e) {
      throw store.failure("looking up the input " + stamp.path(), e);
    }
  }

  /**
   * Records that the file was read to its end ({@code records}: articles and links read). A file
   * recorded already as it is (read again with {@code --rescan}) keeps its row untouched.
   */
  void finish(Stamp stamp, int records) {
    if (isFinished(stamp)) {
      return;
    }
    try (PreparedStatement s = store.connection().prepareStatement(
        "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, current_timestamp)")) {
      s.setString(1, stamp.path());
      s.setLong(2, stamp.size());
      s.setTimestamp(3, Timestamp.from(stamp.modified()));
      s.setInt(4, records);
      s.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("recording the input " + stamp.path(), e);
    }
  }
}
