package org.vigie.store;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.ingest.ArticleIds;
import org.vigie.ingest.ReadResult;
import org.vigie.model.ActorMention;
import org.vigie.model.Article;
import org.vigie.pipeline.DocumentResult;

/**
 * Writes what the pipeline made of one article into the store: its document row, events, actor
 * mentions and actors, all in one transaction. A document already stored (same
 * {@link ArticleIds#storeKey key}) is replaced whole, so writing twice leaves one copy.
 */
public final class DocumentWriter {

  private final Store store;
  /** Prepared once per writer: DuckDB plans a statement at each prepare, which costs more than a row. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  /** Actor codes known to be in the actors table, and those written by the open transaction. */
  private final Set<String> knownActors = new HashSet<>();
  private final Set<String> pendingActors = new HashSet<>();
  private final StoreRows rows = new StoreRows();

  public DocumentWriter(Store store) {
    this.store = store;
  }

  /** Stores one processed article; returns its store key. */
  public String write(DocumentResult result) {
    Article article = result.cleaned().article();
    String key = ArticleIds.storeKey(article);
    Connection c = store.connection();
    try {
      c.setAutoCommit(false);
      pendingActors.clear();
      try {
        if (store.contains(key)) {
          delete(key);
        }
        insertDocument(result);
        insertEvents(result);
        if (result.resolved() != null) {
          for (ActorMention m : result.resolved().mentions()) {
            if (m.kind() != ActorMention.Kind.ADJECTIVE) {
              insertMention(key, m);
            }
          }
        }
        c.commit();
        knownActors.addAll(pendingActors);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw store.failure("writing " + article.origin(), e);
    }
    return key;
  }

  /** Stores a feed item without content as a document with status {@code link}. */
  public String writeLink(ReadResult.Link link) {
    String key = linkKey(link);
    Connection c = store.connection();
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO documents (doc_key, doc_id, url, title, date, origin, outlet, status, text, raw_chars,"
            + " paragraphs_in, paragraphs_kept, duplicate_paragraphs, boilerplate, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'link', '', 0, 0, 0, 0, '[]', current_timestamp)"
            + " ON CONFLICT DO NOTHING")) {
      s.setString(1, key);
      s.setString(2, link.url());
      s.setString(3, link.url());
      s.setString(4, link.title());
      setDate(s, 5, link.date());
      s.setString(6, link.origin());
      s.setString(7, outlet(link.url()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("writing the link " + link.origin(), e);
    }
    return key;
  }

  /** The store key of a feed link: the key its article will have once fetched (same URL). */
  public static String linkKey(ReadResult.Link link) {
    return ArticleIds.storeKey(new Article(link.url(), link.url(), link.title(), link.date(), null, "", link.origin()));
  }

  /** The writer's prepared statement for {@code sql}; it lives as long as the store's connection. */
  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement s = statements.get(sql);
    if (s == null) {
      s = store.connection().prepareStatement(sql);
      statements.put(sql, s);
    }
    return s;
  }

  /** Removes a stored document and its rows, before it is written again. */
  private void delete(String key) throws SQLException {
    for (String table : new String[] {"events", "mentions", "documents"}) {
      PreparedStatement s = statement("DELETE FROM " + table + " WHERE doc_key = ?");
      s.setString(1, key);
      s.executeUpdate();
    }
  }

  private void insertDocument(DocumentResult r) throws SQLException {
    StoreRows.DocumentRow row = rows.document(r);
    PreparedStatement s = statement(INSERT_DOCUMENT);
    bind(s, 1, row);
    s.executeUpdate();
  }

  /** Components of a row record that are not columns of the store (the Spark job's extra). */
  private static final Set<String> NOT_COLUMNS = Set.of("isRootEvent");

  private static final String INSERT_DOCUMENT = "INSERT INTO documents (" + columns(StoreRows.DocumentRow.class)
      + ", ingested_at) VALUES (" + placeholders(StoreRows.DocumentRow.class) + ", current_timestamp)";
  private static final String INSERT_EVENTS = "INSERT INTO events (" + columns(StoreRows.EventRow.class) + ") VALUES ";
  private static final String EVENT_ROW = "(" + placeholders(StoreRows.EventRow.class) + ")";

  /** Events written by one statement: each execution costs DuckDB far more than a row. */
  private static final int EVENTS_PER_STATEMENT = 8;

  /**
   * The events of a document, several rows per INSERT, one row per event id (no ON CONFLICT
   * clause either: it costs DuckDB more than the insert itself).
   */
  private void insertEvents(DocumentResult result) throws SQLException {
    Set<String> ids = new HashSet<>();
    List<StoreRows.EventRow> events = new ArrayList<>();
    for (StoreRows.EventRow e : rows.events(result)) {
      if (ids.add(e.eventId())) {
        events.add(e);
        upsertActor(e.sourceCode(), e.sourceName(), e.sourceCountry());
        upsertActor(e.targetCode(), e.targetName(), e.targetCountry());
      }
    }
    for (int from = 0; from < events.size(); from += EVENTS_PER_STATEMENT) {
      List<StoreRows.EventRow> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_STATEMENT));
      PreparedStatement s = statement(INSERT_EVENTS + String.join(", ", Collections.nCopies(chunk.size(), EVENT_ROW)));
      int i = 1;
      for (StoreRows.EventRow e : chunk) {
        i = bind(s, i, e);
      }
      s.executeUpdate();
    }
  }

  /** The store's column names of a row record's components, in order: {@code docKey} → {@code doc_key}. */
  private static String columns(Class<? extends Record> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (!NOT_COLUMNS.contains(c.getName())) {
        names.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
      }
    }
    return String.join(", ", names);
  }

  private static String placeholders(Class<? extends Record> type) {
    int n = columns(type).split(",").length;
    return "?, ".repeat(n - 1) + "?";
  }

  /** Binds the components of a row record from parameter {@code first}; returns the next index. */
  private static int bind(PreparedStatement s, int first, Record row) throws SQLException {
    int i = first;
    for (RecordComponent c : row.getClass().getRecordComponents()) {
      if (NOT_COLUMNS.contains(c.getName())) {
        continue;
      }
      Object value;
      try {
        value = c.getAccessor().invoke(row);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
      Class<?> type = c.getType();
      if (type == LocalDate.class) {
        setDate(s, i++, (LocalDate) value);
      } else if (type == int.class || type == Integer.class) {
        setInt(s, i++, (Integer) value);
      } else if (type == double.class || type == Double.class) {
        setDouble(s, i++, (Double) value);
      } else {
        s.setString(i++, (String) value);
      }
    }
    return i;
  }

  private void insertMention(String key, ActorMention m) throws SQLException {
    PreparedStatement s = statement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.setString(1, key);
    s.setInt(2, m.sentence());
    s.setInt(3, m.span().start());
    s.setInt(4, m.span().end());
    s.setString(5, m.text());
    s.setString(6, m.actor().code());
    s.setString(7, m.actor().name());
    s.setString(8, m.actor().country());
    s.setString(9, m.kind().name());
    s.executeUpdate();
    upsertActor(m.actor().code(), m.actor().name(), m.actor().country());
  }

  private void upsertActor(String code, String name, String country) throws SQLException {
    if (knownActors.contains(code) || !pendingActors.add(code)) {
      return;
    }
    PreparedStatement s = statement("INSERT INTO actors VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    s.setString(1, code);
    s.setString(2, name);
    s.setString(3, country);
    s.executeUpdate();
  }

  /** The day an event date stands for: the date itself, or the first day of its month or year. */
  static LocalDate day(String date) {
    if (date == null) {
      return null;
    }
    try {
      return switch (date.length()) {
        case 10 -> LocalDate.parse(date);
        case 7 -> LocalDate.parse(date + "-01");
        case 4 -> LocalDate.parse(date + "-01-01");
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The web site an article comes from: the host of its URL without {@code www.}, or null. */
  static String outlet(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setDate(i, Date.valueOf(d));
    }
  }

  private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setInt(i, v);
    }
  }

  private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.DOUBLE);
    } else {
      s.setDouble(i, v);
    }
  }

}
