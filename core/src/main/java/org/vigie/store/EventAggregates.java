package org.vigie.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Events across articles, as GDELT 2.0 counts them: one row per (day, source code, target code,
 * CAMEO code), with how many events, articles, sources and stories report it. A wire story
 * repeated by 30 sites is one aggregate with 30 mentions.
 *
 * <p>The definitions live in the store's views {@value #MENTIONS_VIEW} (one row per event, with
 * its article's lead flag, source and story) and {@value #VIEW} (the grouping), migration {@code
 * V2__stories_and_aggregates.sql}; this class runs the same grouping over the events a filter
 * keeps, so that "events about Syria" are counted before they are grouped.
 */
public final class EventAggregates {

  /** The view of all aggregates, for SQL users (the Spark job, ad-hoc queries). */
  public static final String VIEW = "event_aggregates";

  /** The view of events with what they take from their article; {@link EventFilter} applies to it. */
  public static final String MENTIONS_VIEW = "event_mentions";

  /** The same columns and grouping as the view {@value #VIEW}, over filtered mentions. */
  private static final String SELECT = """
      SELECT e.day, e.source_code, e.target_code, e.code,
        coalesce(CAST(e.day AS VARCHAR), '') || '|' || e.source_code || '|' || e.target_code || '|' || e.code
          AS aggregate_key,
        CAST('0x' || substr(md5(coalesce(CAST(e.day AS VARCHAR), '') || '|' || e.source_code || '|'
          || e.target_code || '|' || e.code), 1, 15) AS BIGINT) AS aggregate_id,
        min(e.root) AS root, min(e.quad_class) AS quad_class, min(e.goldstein) AS goldstein,
        count(*) AS num_mentions, count(DISTINCT e.doc_key) AS num_articles,
        count(DISTINCT e.source_key) AS num_sources, count(DISTINCT e.story_key) AS num_stories,
        max(e.is_root) AS is_root_event,
        min_by(e.source_name, e.mention_order) AS source_name,
        min_by(e.source_country, e.mention_order) AS source_country,
        min_by(e.target_name, e.mention_order) AS target_name,
        min_by(e.target_country, e.mention_order) AS target_country,
        min_by(e.location_name, e.mention_order) AS location_name,
        min_by(e.location_country, e.mention_order) FILTER (WHERE e.location_name IS NOT NULL) AS location_country,
        min_by(e.lat, e.mention_order) FILTER (WHERE e.location_name IS NOT NULL) AS lat,
        min_by(e.lon, e.mention_order) FILTER (WHERE e.location_name IS NOT NULL) AS lon,
        min_by(e.doc_url, e.mention_order) AS first_url,
        min(e.ingested_at) AS first_seen, max(e.ingested_at) AS last_seen
      FROM event_mentions e
      WHERE %s
      GROUP BY e.day, e.source_code, e.target_code, e.code
      ORDER BY e.day NULLS LAST, e.source_code, e.target_code, e.code""";

  /**
   * One aggregated event.
   *
   * @param day the event day, null for events without a date
   * @param key the grouping key as text: {@code day|source|target|code}
   * @param id a stable number for the key: the first 15 hex digits of its MD5
   * @param numMentions events of this key (GDELT NumMentions)
   * @param numArticles distinct documents reporting it (NumArticles)
   * @param numSources distinct outlets: the URL's host, else the credited agency, else one
   *     "unknown" source (NumSources)
   * @param numStories distinct near-duplicate stories ({@link Stories}) reporting it
   * @param isRoot whether at least one article reports it in its lead (IsRootEvent)
   * @param firstUrl the URL of the first article that has one (SOURCEURL)
   * @param firstSeen when the first of its articles was stored
   */
  public record Row(
      LocalDate day, String sourceCode, String targetCode, String code, String key, long id,
      String root, int quadClass, double goldstein,
      long numMentions, long numArticles, long numSources, long numStories, boolean isRoot,
      String sourceName, String sourceCountry, String targetName, String targetCountry,
      String locationName, String locationCountry, Double lat, Double lon,
      String firstUrl, LocalDateTime firstSeen, LocalDateTime lastSeen) {}

  private EventAggregates() {}

  /** The aggregates of the events {@code filter} keeps, ordered by day, source, target and code. */
  public static List<Row> list(Store store, EventFilter filter) {
    List<Row> rows = new ArrayList<>();
    forEach(store, filter, rows::add);
    return rows;
  }

  /** Streams the aggregates of {@link #list} to {@code consumer}, one at a time. */
  public static void forEach(Store store, EventFilter filter, Consumer<Row> consumer) {
    try (PreparedStatement s = store.connection().prepareStatement(sql(filter))) {
      filter.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          consumer.accept(row(r));
        }
      }
    } catch (SQLException e) {
      throw store.failure("aggregating events", e);
    }
  }

  /** The query for {@code filter}, with its parameters left to {@link EventFilter#bind}. */
  public static String sql(EventFilter filter) {
    return SELECT.formatted(filter.where());
  }

  static Row row(ResultSet r) throws SQLException {
    java.sql.Date day = r.getDate("day");
    return new Row(
        day == null ? null : day.toLocalDate(), r.getString("source_code"), r.getString("target_code"),
        r.getString("code"), r.getString("aggregate_key"), r.getLong("aggregate_id"),
        r.getString("root"), r.getInt("quad_class"), r.getDouble("goldstein"),
        r.getLong("num_mentions"), r.getLong("num_articles"), r.getLong("num_sources"), r.getLong("num_stories"),
        r.getInt("is_root_event") == 1,
        r.getString("source_name"), r.getString("source_country"), r.getString("target_name"),
        r.getString("target_country"), r.getString("location_name"), r.getString("location_country"),
        nullableDouble(r, "lat"), nullableDouble(r, "lon"), r.getString("first_url"),
        time(r.getTimestamp("first_seen")), time(r.getTimestamp("last_seen")));
  }

  private static Double nullableDouble(ResultSet r, String column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
