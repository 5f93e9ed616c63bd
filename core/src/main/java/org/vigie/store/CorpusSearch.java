package org.vigie.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Full-text search over the store: the index finds the documents, the store gives their rows and
 * their events. With an event filter, only documents with at least one event passing it are kept,
 * with those events; without one, every matching document comes with all its events.
 *
 * <pre>{@code
 * try (Store store = Store.openReadOnly(file); TextIndex index = TextIndex.openReadOnly(file)) {
 *   List<CorpusSearch.Result> r = new CorpusSearch(store, index).search("frappes Alep", filter, 20);
 * }
 * }</pre>
 */
public final class CorpusSearch {

  /** Keys per SQL query when filtering candidates (DuckDB takes many more; this keeps statements small). */
  private static final int KEYS_PER_QUERY = 500;

  /** A stored document as search shows it. */
  public record Document(String docKey, String docId, String title, LocalDate date, String lang, String url,
      String outlet) {}

  /**
   * One matching document.
   *
   * @param score the index's relevance, 0 for a query that matches everything (newest first then)
   * @param snippet plain text around the match
   * @param events the document's events passing the filter, each as its contract JSON line
   */
  public record Result(Document document, float score, String snippet, List<String> events) {

    public Result {
      events = List.copyOf(events);
    }
  }

  private final Store store;
  private final TextIndex index;

  public CorpusSearch(Store store, TextIndex index) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
  }

  /**
   * The best {@code limit} documents for {@code query} (Lucene syntax; empty or {@code *} for
   * all) that have an event passing {@code filter} ({@link EventFilter#ALL}: every document).
   *
   * @throws IllegalArgumentException for a query that cannot be parsed
   */
  public List<Result> search(String query, EventFilter filter, int limit) {
    boolean any = filter.equals(EventFilter.ALL);
    List<TextIndex.Hit> hits = index.search(query, limit, candidates -> kept(candidates, filter, any));
    List<Result> results = new ArrayList<>();
    for (TextIndex.Hit hit : hits) {
      Document d = document(hit.docKey());
      if (d != null) {
        results.add(new Result(d, hit.score(), hit.snippet(), events(hit.docKey(), filter)));
      }
    }
    return results;
  }

  /** The candidates that are coded documents of the store with an event passing the filter. */
  private Set<String> kept(List<String> candidates, EventFilter filter, boolean any) {
    Set<String> kept = new HashSet<>();
    for (int from = 0; from < candidates.size(); from += KEYS_PER_QUERY) {
      List<String> keys = candidates.subList(from, Math.min(candidates.size(), from + KEYS_PER_QUERY));
      String in = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
      String sql = any
          ? "SELECT doc_key FROM documents WHERE status = 'coded' AND doc_key IN (" + in + ")"
          : "SELECT DISTINCT e.doc_key FROM events e WHERE e.doc_key IN (" + in + ") AND " + filter.where();
      try (PreparedStatement s = store.connection().prepareStatement(sql)) {
        int i = 1;
        for (String key : keys) {
          s.setString(i++, key);
        }
        if (!any) {
          filter.bind(s, i);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            kept.add(r.getString(1));
          }
        }
      } catch (SQLException e) {
        throw store.failure("filtering search results", e);
      }
    }
    return kept;
  }

  private Document document(String key) {
    try (PreparedStatement s = store.connection().prepareStatement(
        "SELECT doc_id, title, date, lang, url, outlet FROM documents WHERE doc_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        Date date = r.getDate(3);
        return new Document(key, r.getString(1), r.getString(2), date == null ? null : date.toLocalDate(),
            r.getString(4), r.getString(5), r.getString(6));
      }
    } catch (SQLException e) {
      throw store.failure("reading the document " + key, e);
    }
  }

  private List<String> events(String key, EventFilter filter) {
    try (PreparedStatement s = store.connection().prepareStatement("SELECT e.json FROM events e WHERE e.doc_key = ? AND "
        + filter.where() + " ORDER BY e.sentence_id, e.trigger_start, e.event_id")) {
      s.setString(1, key);
      filter.bind(s, 2);
      List<String> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw store.failure("reading the events of " + key, e);
    }
  }
}
