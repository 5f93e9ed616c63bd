package org.vigie.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.vigie.store.Store;
import org.vigie.store.StoreException;

/**
 * A store of generated events for load tests, written by DuckDB itself ({@code range} and
 * {@code INSERT ... SELECT}): a million events take seconds, not the hours the NLP pipeline would.
 * Values are drawn deterministically from a hash of the row number over small tables of actors,
 * CAMEO codes and places, so that filters and aggregates have realistic selectivity. Events are
 * inserted in day order, as a store filled over time would hold them.
 */
public final class SyntheticStore {

  /** Events per generated article. */
  public static final int EVENTS_PER_DOCUMENT = 10;

  /** First day of the generated period; events spread over four years from it. */
  static final String FIRST_DAY = "2015-01-01";
  static final int DAYS = 1461;

  private static final String COUNTRIES =
      "['USA','RUS','FRA','SYR','TUR','IRN','CHN','UKR','DEU','GBR','ISR','PSE','IND','PAK','JPN','PRK','KOR',"
          + "'EGY','IRQ','AFG']";
  private static final String LATS = "[38.9,55.8,48.9,33.5,39.9,35.7,39.9,50.5,52.5,51.5,31.8,31.9,28.6,33.7,35.7,"
      + "39.0,37.6,30.0,33.3,34.5]";
  private static final String LONS = "[-77.0,37.6,2.4,36.3,32.9,51.4,116.4,30.5,13.4,-0.1,35.2,35.2,77.2,73.1,139.7,"
      + "125.8,127.0,31.2,44.4,69.2]";
  private static final String SUFFIXES = "['','GOV','MIL','OPP','COP']";
  private static final String CODES = "['010','012','020','036','040','042','043','051','057','061','071','111','112',"
      + "'120','130','138','163','172','173','180','190','193','195']";
  private static final String GOLDSTEIN = "[0.0,-0.1,3.0,4.0,1.0,1.9,2.8,3.4,8.0,6.4,7.4,-2.0,-2.0,-4.0,-4.4,-7.0,"
      + "-8.0,-5.0,-5.0,-9.0,-10.0,-10.0,-10.0]";

  private SyntheticStore() {}

  /** Creates {@code file} (which must not exist) holding {@code events} generated events. */
  public static void create(Path file, long events) {
    long documents = Math.max(1, (events + EVENTS_PER_DOCUMENT - 1) / EVENTS_PER_DOCUMENT);
    try (Store store = Store.open(file); Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO documents (doc_key, doc_id, url, title, date, lang, origin, outlet, status, text,"
          + " raw_chars, paragraphs_in, paragraphs_kept, duplicate_paragraphs, boilerplate, ingested_at)"
          + " SELECT 'syn-' || i, 'syn-' || i, 'https://example.org/' || i, 'Article ' || i,"
          + " DATE '" + FIRST_DAY + "' + CAST(i * " + DAYS + " // " + documents + " AS INTEGER),"
          + " CASE WHEN i % 3 = 0 THEN 'en' ELSE 'fr' END, 'synthetic', 'example.org', 'coded',"
          + " 'Texte généré numéro ' || i || '. Les forces ont frappé la ville.', 60, 1, 1, 0, '[]', current_timestamp"
          + " FROM range(0, " + documents + ") t(i)");
      s.execute("CREATE TEMP TABLE gen AS SELECT i, i // " + EVENTS_PER_DOCUMENT + " AS d,"
          + " CAST(hash(i, 1) % 20 AS INTEGER) + 1 AS sc, CAST(hash(i, 2) % 20 AS INTEGER) + 1 AS tc,"
          + " CAST(hash(i, 3) % 5 AS INTEGER) + 1 AS ss, CAST(hash(i, 4) % 5 AS INTEGER) + 1 AS ts,"
          + " CAST(hash(i, 5) % 23 AS INTEGER) + 1 AS ci, CAST(hash(i, 6) % 20 AS INTEGER) + 1 AS li,"
          + " hash(i, 7) % 10 < 8 AS located FROM range(0, " + events + ") t(i)");
      s.execute("INSERT INTO events (doc_key, event_id, doc_id, sentence_id, sentence, date, date_precision, day,"
          + " code, root, quad_class, goldstein, source_code, source_name, source_text, source_country,"
          + " source_start, source_end, target_code, target_name, target_text, target_country, target_start,"
          + " target_end, location_name, location_country, lat, lon, trigger, pattern, trigger_start, trigger_end,"
          + " lang, json)"
          + " WITH x AS (SELECT g.*, doc.date AS day, doc.lang,"
          + "   " + COUNTRIES + "[sc] AS scountry, " + COUNTRIES + "[tc] AS tcountry,"
          + "   " + COUNTRIES + "[sc] || " + SUFFIXES + "[ss] AS scode, " + COUNTRIES + "[tc] || " + SUFFIXES
          + "[ts] AS tcode, " + CODES + "[ci] AS code, " + GOLDSTEIN + "[ci] AS goldstein,"
          + "   CASE WHEN located THEN " + COUNTRIES + "[li] END AS lcountry,"
          + "   CASE WHEN located THEN " + LATS + "[li] END AS lat, CASE WHEN located THEN " + LONS + "[li] END AS lon"
          + "   FROM gen g JOIN documents doc ON doc.doc_key = 'syn-' || g.d)"
          + " SELECT 'syn-' || d, 'e' || i, 'syn-' || d, CAST(i % " + EVENTS_PER_DOCUMENT + " AS INTEGER),"
          + "   scode || ' acts on ' || tcode, CAST(day AS VARCHAR), 'day', day, code, left(code, 2),"
          + "   CASE WHEN code < '06' THEN 1 WHEN code < '09' THEN 2 WHEN code < '14' THEN 3 ELSE 4 END, goldstein,"
          + "   scode, scountry, scountry, scountry, 0, 3, tcode, tcountry, tcountry, tcountry, 12, 15,"
          + "   lcountry, lcountry, lat, lon, 'acts', 'act $', 4, 8, lang,"
          + "   json_object('doc_id', 'syn-' || d, 'event_id', 'e' || i, 'sentence_id', i % " + EVENTS_PER_DOCUMENT
          + ",     'sentence', scode || ' acts on ' || tcode, 'date', CAST(day AS VARCHAR), 'code', code,"
          + "     'root', left(code, 2), 'goldstein', goldstein,"
          + "     'source', json_object('code', scode, 'name', scountry, 'text', scountry, 'country', scountry),"
          + "     'target', json_object('code', tcode, 'name', tcountry, 'text', tcountry, 'country', tcountry),"
          + "     'location', CASE WHEN located THEN json_object('name', lcountry, 'country', lcountry, 'lat', lat,"
          + "       'lon', lon) END,"
          + "     'evidence', json_object('trigger', 'acts', 'pattern', 'act $', 'start', 4, 'end', 8),"
          + "     'lang', lang)::VARCHAR"
          + " FROM x ORDER BY day, i");
      s.execute("INSERT INTO actors SELECT DISTINCT source_code, source_name, source_country FROM events"
          + " ON CONFLICT DO NOTHING");
      s.execute("INSERT INTO actors SELECT DISTINCT target_code, target_name, target_country FROM events"
          + " ON CONFLICT DO NOTHING");
      s.execute("DROP TABLE gen");
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new StoreException(file + ": generating events: " + e.getMessage(), e);
    }
  }
}
