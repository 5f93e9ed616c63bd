-- Vigie store, schema version 2: events across articles, as GDELT 2.0 counts them.
-- No new table: documents.simhash and documents.story_id (V1) are filled by
-- org.vigie.store.Stories; these two views derive everything else, so the Spark job can run the
-- same SQL. No index either: DuckDB's per-block min/max already serves the day ranges, and an
-- ART index would only slow down writes.

-- One row per event (one "mention" in GDELT's words), with what it takes from its article:
--   is_root      1 when the trigger lies in the lead, the cleaned text before its first line break
--                (the whole text when it has none), else 0
--   source_key   the outlet (host of the URL), else the credited agency, else '?' (unknown)
--   story_key    the document's story (near-duplicate cluster), else the document itself
--   mention_order  orders mentions by article date (undated last), document key, sentence,
--                event id: the first mention is the least
CREATE VIEW event_mentions AS
SELECT
  e.*,
  d.url AS doc_url,
  d.date AS doc_date,
  d.ingested_at AS ingested_at,
  CASE WHEN strpos(d.text, chr(10)) = 0 OR e.trigger_start < strpos(d.text, chr(10)) - 1
       THEN 1 ELSE 0 END AS is_root,
  coalesce(d.outlet, d.credited_source, '?') AS source_key,
  coalesce(d.story_id, d.doc_key) AS story_key,
  coalesce(strftime(d.date, '%Y-%m-%d'), '9999-12-31') || ' ' || e.doc_key || ' '
    || lpad(CAST(e.sentence_id AS VARCHAR), 6, '0') || ' ' || e.event_id AS mention_order
FROM events e JOIN documents d ON d.doc_key = e.doc_key;

-- One row per (day, source_code, target_code, code): the event once, however many articles
-- report it. aggregate_key is the key as text; aggregate_id its stable number (the first 15 hex
-- digits of its MD5, a positive BIGINT); the names, countries, location and URL are those of
-- the first mention (that has one). root, quad_class and goldstein follow from the code.
CREATE VIEW event_aggregates AS
SELECT
  e.day,
  e.source_code,
  e.target_code,
  e.code,
  coalesce(CAST(e.day AS VARCHAR), '') || '|' || e.source_code || '|' || e.target_code || '|' || e.code
    AS aggregate_key,
  CAST('0x' || substr(md5(coalesce(CAST(e.day AS VARCHAR), '') || '|' || e.source_code || '|'
    || e.target_code || '|' || e.code), 1, 15) AS BIGINT) AS aggregate_id,
  min(e.root) AS root,
  min(e.quad_class) AS quad_class,
  min(e.goldstein) AS goldstein,
  count(*) AS num_mentions,
  count(DISTINCT e.doc_key) AS num_articles,
  count(DISTINCT e.source_key) AS num_sources,
  count(DISTINCT e.story_key) AS num_stories,
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
  min(e.ingested_at) AS first_seen,
  max(e.ingested_at) AS last_seen
FROM event_mentions e
GROUP BY e.day, e.source_code, e.target_code, e.code;
