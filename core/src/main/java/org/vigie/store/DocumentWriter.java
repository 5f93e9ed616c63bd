package org.vigie.store;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.vigie.enrich.Casualties;
import org.vigie.ingest.ArticleIds;
import org.vigie.ingest.ReadResult;
import org.vigie.model.ActorMention;
import org.vigie.model.Article;
import org.vigie.model.CleaningReport;
import org.vigie.model.Event;
import org.vigie.model.Quantity;
import org.vigie.model.Span;
import org.vigie.output.EventJson;
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
  private final ObjectMapper mapper = new ObjectMapper();
  private final EventJson json = new EventJson(mapper);

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
        insertDocument(key, result);
        insertEvents(key, result);
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

  private void insertDocument(String key, DocumentResult r) throws SQLException {
    Article a = r.cleaned().article();
    CleaningReport report = r.cleaned().report();
    PreparedStatement s = statement(
        "INSERT INTO documents (doc_key, doc_id, url, title, date, lang, origin, outlet, credited_source,"
            + " status, text, raw_chars, paragraphs_in, paragraphs_kept, duplicate_paragraphs, boilerplate,"
            + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'coded', ?, ?, ?, ?, ?, ?, current_timestamp)");
    int i = 1;
    s.setString(i++, key);
    s.setString(i++, a.id());
    s.setString(i++, a.url());
    s.setString(i++, a.title());
    setDate(s, i++, a.date());
    s.setString(i++, r.resolved() != null ? r.resolved().document().lang() : a.lang());
    s.setString(i++, a.origin());
    s.setString(i++, outlet(a.url()));
    s.setString(i++, report.creditedSource());
    s.setString(i++, r.cleaned().text());
    s.setInt(i++, a.text().length());
    s.setInt(i++, report.paragraphsIn());
    s.setInt(i++, report.paragraphsKept());
    s.setInt(i++, report.duplicateParagraphs());
    s.setString(i++, mapper.valueToTree(report.boilerplate()).toString());
    s.executeUpdate();
  }

  private static final String EVENT_COLUMNS = "doc_key, event_id, doc_id, sentence_id,"
      + " sentence, date, date_precision, day, code, root, quad_class, goldstein,"
      + " source_code, source_name, source_text, source_country, source_start, source_end,"
      + " target_code, target_name, target_text, target_country, target_start, target_end,"
      + " location_name, location_country, lat, lon, trigger, pattern, trigger_start, trigger_end, lang,"
      + " plover_type, plover_mode, plover_context, dead, injured, arrested, json";
  private static final int EVENT_PARAMETERS = EVENT_COLUMNS.split(",").length;
  /** Events written by one statement: each execution costs DuckDB far more than a row. */
  private static final int EVENTS_PER_STATEMENT = 8;

  /**
   * The events of a document, several rows per INSERT, one row per event id (no ON CONFLICT
   * clause either: it costs DuckDB more than the insert itself).
   */
  private void insertEvents(String key, DocumentResult result) throws SQLException {
    Set<String> ids = new HashSet<>();
    List<Event> events = new ArrayList<>();
    for (Event e : result.events()) {
      if (ids.add(e.eventId())) {
        events.add(e);
      }
    }
    for (int from = 0; from < events.size(); from += EVENTS_PER_STATEMENT) {
      List<Event> chunk = events.subList(from, Math.min(events.size(), from + EVENTS_PER_STATEMENT));
      String row = "(" + "?, ".repeat(EVENT_PARAMETERS - 1) + "?)";
      PreparedStatement s = statement("INSERT INTO events (" + EVENT_COLUMNS + ") VALUES "
          + String.join(", ", Collections.nCopies(chunk.size(), row)));
      int i = 1;
      for (Event e : chunk) {
        i = bindEvent(s, i, key, e, result.casualtiesOf(e));
      }
      s.executeUpdate();
    }
  }

  /** Binds one event row from parameter {@code first}; returns the next parameter index. */
  private int bindEvent(PreparedStatement s, int first, String key, Event e, Casualties casualties)
      throws SQLException {
    int i = first;
    s.setString(i++, key);
    s.setString(i++, e.eventId());
    s.setString(i++, e.docId());
    s.setInt(i++, e.sentenceId());
    s.setString(i++, e.sentence());
    s.setString(i++, e.date());
    s.setString(i++, e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(Locale.ROOT));
    setDate(s, i++, day(e.date()));
    s.setString(i++, e.code());
    s.setString(i++, e.root());
    s.setInt(i++, e.quadClass());
    s.setDouble(i++, e.goldstein());
    i = actor(s, i, e.source().code(), e.source().name(), e.sourceText(), e.source().country(), e.sourceSpan());
    i = actor(s, i, e.target().code(), e.target().name(), e.targetText(), e.target().country(), e.targetSpan());
    s.setString(i++, e.location() == null ? null : e.location().name());
    s.setString(i++, e.location() == null ? null : e.location().country());
    setDouble(s, i++, e.location() == null ? null : e.location().lat());
    setDouble(s, i++, e.location() == null ? null : e.location().lon());
    s.setString(i++, e.evidence().trigger());
    s.setString(i++, e.evidence().pattern());
    s.setInt(i++, e.evidence().start());
    s.setInt(i++, e.evidence().end());
    s.setString(i++, e.lang());
    s.setString(i++, e.plover() == null ? null : e.plover().type());
    s.setString(i++, e.plover() == null ? null : e.plover().mode());
    s.setString(i++, e.plover() == null ? null : e.plover().context());
    setCount(s, i++, casualties == null ? null : casualties.dead());
    setCount(s, i++, casualties == null ? null : casualties.injured());
    setCount(s, i++, casualties == null ? null : casualties.arrested());
    s.setString(i++, json.event(e, casualties).toString());
    upsertActor(e.source().code(), e.source().name(), e.source().country());
    upsertActor(e.target().code(), e.target().name(), e.target().country());
    return i;
  }

  private static int actor(PreparedStatement s, int i, String code, String name, String text, String country,
      Span span) throws SQLException {
    s.setString(i++, code);
    s.setString(i++, name);
    s.setString(i++, text);
    s.setString(i++, country);
    setInt(s, i++, span == null ? null : span.start());
    setInt(s, i++, span == null ? null : span.end());
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

  private static void setCount(PreparedStatement s, int i, Quantity q) throws SQLException {
    if (q == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setLong(i, q.value());
    }
  }
}
