-- Vigie store, schema version 1 (DuckDB).
-- Migrations are the files V<n>__<what>.sql of this folder, applied in order inside one
-- transaction each; the table schema_version records which ones a store has.
-- Offsets (start/end) are character offsets into documents.text, the cleaned text.

CREATE TABLE schema_version (
  version     INTEGER PRIMARY KEY,
  description VARCHAR NOT NULL,
  applied_at  TIMESTAMP NOT NULL
);

-- One row per article. doc_key is the store's identity: a hash of the URL when the article has
-- one, else of its raw text (ArticleIds.storeKey), so re-ingesting the same input changes nothing.
CREATE TABLE documents (
  doc_key              VARCHAR PRIMARY KEY,
  doc_id               VARCHAR NOT NULL,   -- the contract's doc_id: JSONL id or file base name
  url                  VARCHAR,
  title                VARCHAR,
  date                 DATE,               -- publication date
  lang                 VARCHAR,
  origin               VARCHAR,            -- where it was read: file, file:line, file#record
  outlet               VARCHAR,            -- web site (host of the URL), the GDELT "source"
  credited_source      VARCHAR,            -- agency credited in the text ("Avec AFP")
  status               VARCHAR NOT NULL,   -- 'coded', or 'link' (feed item to fetch later)
  text                 VARCHAR NOT NULL,   -- cleaned text; '' for a link
  raw_chars            INTEGER NOT NULL,
  paragraphs_in        INTEGER NOT NULL,
  paragraphs_kept      INTEGER NOT NULL,
  duplicate_paragraphs INTEGER NOT NULL,
  boilerplate          VARCHAR NOT NULL,   -- JSON array of the furniture lines removed
  simhash              BIGINT,             -- fingerprint of the cleaned text, for stories
  story_id             VARCHAR,            -- near-duplicate cluster (doc_key of its first member)
  ingested_at          TIMESTAMP NOT NULL
);

-- One row per coded event (the output contract, flattened). json is the contract line itself.
CREATE TABLE events (
  doc_key         VARCHAR NOT NULL,
  event_id        VARCHAR NOT NULL,
  doc_id          VARCHAR NOT NULL,
  sentence_id     INTEGER NOT NULL,
  sentence        VARCHAR NOT NULL,
  date            VARCHAR,                 -- ISO, day, month or year precision
  date_precision  VARCHAR,
  day             DATE,                    -- the event day (first day of a month or year)
  code            VARCHAR NOT NULL,
  root            VARCHAR NOT NULL,
  quad_class      INTEGER NOT NULL,
  goldstein       DOUBLE NOT NULL,
  source_code     VARCHAR NOT NULL,
  source_name     VARCHAR,
  source_text     VARCHAR,
  source_country  VARCHAR,
  source_start    INTEGER,
  source_end      INTEGER,
  target_code     VARCHAR NOT NULL,
  target_name     VARCHAR,
  target_text     VARCHAR,
  target_country  VARCHAR,
  target_start    INTEGER,
  target_end      INTEGER,
  location_name   VARCHAR,
  location_country VARCHAR,
  lat             DOUBLE,
  lon             DOUBLE,
  trigger         VARCHAR NOT NULL,
  pattern         VARCHAR,
  trigger_start   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  lang            VARCHAR,
  plover_type     VARCHAR,
  plover_mode     VARCHAR,
  plover_context  VARCHAR,
  dead            INTEGER,
  injured         INTEGER,
  arrested        INTEGER,
  json            VARCHAR NOT NULL,
  PRIMARY KEY (doc_key, event_id)
);

-- Every actor named or referred to in a document (ActorMention), for the actor views.
CREATE TABLE mentions (
  doc_key     VARCHAR NOT NULL,
  sentence_id INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  text        VARCHAR NOT NULL,
  code        VARCHAR NOT NULL,
  name        VARCHAR,
  country     VARCHAR,
  kind        VARCHAR NOT NULL             -- NAME, TITLE, REFERENCE, PLACE, DOMESTIC
);

-- The actors met so far, one row per code (name of the first mention seen).
CREATE TABLE actors (
  code    VARCHAR PRIMARY KEY,
  name    VARCHAR,
  country VARCHAR
);

-- Per-record problems: a record that could not be read or processed. The rest of the run goes on.
CREATE TABLE errors (
  origin      VARCHAR NOT NULL,            -- file, file:line or file#record
  stage       VARCHAR NOT NULL,            -- read, clean, annotate, code, store
  reason      VARCHAR NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);

-- Inputs already done (a file, or a file's record count), so that a re-run skips them.
CREATE TABLE inputs (
  path        VARCHAR PRIMARY KEY,
  size        BIGINT,
  modified    TIMESTAMP,
  records     INTEGER,
  finished_at TIMESTAMP
);
