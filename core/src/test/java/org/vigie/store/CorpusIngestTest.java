package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.SourceOptions;
import org.vigie.testing.Fixtures;

/** Ingest into a real DuckDB file and Lucene index, with the real pipeline. */
class CorpusIngestTest {

  @TempDir Path dir;

  /** The messages a run reported. */
  static final class Messages implements CorpusIngest.Listener {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void error(String message) {
      errors.add(message);
    }

    @Override
    public void warning(String message) {
      warnings.add(message);
    }
  }

  private Path corpus() throws Exception {
    Path in = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(in.resolve("a.jsonl"), String.join("\n",
        "{\"id\": \"j1\", \"url\": \"https://example.org/1\", \"title\": \"Ankara accuse Damas\", \"date\": \"2016-03-02\", \"lang\": \"fr\", \"text\": \"La Turquie a accusé la Syrie.\"}",
        "{\"id\": \"j2\", \"date\": \"2016-03-03\", \"lang\": \"fr\", \"text\": \"Le Japon a condamné la Corée du Nord.\"}",
        "{\"id\": \"j3\", \"date\": \"2016-03-04\", \"lang\": \"en\", \"text\": \"Germany criticized Iran on Monday.\"}",
        ""));
    Files.writeString(in.resolve("b.txt"), "Mercredi, l'armée russe a bombardé l'Etat islamique en Syrie.");
    return in;
  }

  private CorpusIngest.Summary ingest(Path db, Messages messages, boolean rescan, String... inputs) {
    CorpusIngest.Options options = new CorpusIngest.Options(
        new SourceOptions(java.time.LocalDate.of(2015, 10, 1), null), null, 2, rescan);
    try (Store store = Store.open(db); TextIndex index = TextIndex.openForWriting(store)) {
      return new CorpusIngest(store, index, Fixtures::pipeline, options, messages).run(List.of(inputs));
    }
  }

  @Test
  void storesIndexesAndFindsAFolderOfJsonlAndText() throws Exception {
    Path db = dir.resolve("v.duckdb");
    Messages messages = new Messages();
    CorpusIngest.Summary summary = ingest(db, messages, false, corpus().toString());
    assertEquals(List.of(), messages.errors);
    assertEquals(4, summary.stored(), summary.line());
    assertEquals(0, summary.errors());
    try (Store store = Store.openReadOnly(db); TextIndex index = TextIndex.openReadOnly(db)) {
      assertEquals(4, store.count("documents"));
      assertEquals(summary.events(), store.count("events"));
      assertTrue(summary.events() >= 3, summary.line());
      assertEquals(2, store.count("inputs"), "both files recorded as finished");
      assertEquals(4, index.size());
      CorpusSearch search = new CorpusSearch(store, index);
      List<CorpusSearch.Result> bombed = search.search("bombardements", EventFilter.ALL, 10);
      assertEquals(List.of("b"), bombed.stream().map(r -> r.document().docId()).toList());
      assertTrue(bombed.get(0).events().stream().anyMatch(e -> e.contains("\"RUSMIL\"")), bombed.toString());
      assertEquals(List.of("j3"), docIds(search.search("criticism", EventFilter.ALL, 10)));
      EventFilter accuse = EventFilter.parse(null, null, "TUR", null, null, null, null, null, null, null);
      assertEquals(List.of("j1"), docIds(search.search("", accuse, 10)));
      assertEquals(List.of(), docIds(search.search("Japon", accuse, 10)), "text matches, events do not");
    }
  }

  private static List<String> docIds(List<CorpusSearch.Result> results) {
    return results.stream().map(r -> r.document().docId()).toList();
  }

  @Test
  void reingestingTheSameInputsChangesNothing() throws Exception {
    Path db = dir.resolve("v.duckdb");
    Path in = corpus();
    ingest(db, new Messages(), false, in.toString());
    Map<String, List<String>> before = dump(db);

    CorpusIngest.Summary again = ingest(db, new Messages(), false, in.toString());
    assertEquals(0, again.stored());
    assertEquals(2, again.unchangedInputs(), "finished files are not read again");
    assertEquals(before, dump(db));

    CorpusIngest.Summary rescan = ingest(db, new Messages(), true, in.toString());
    assertEquals(0, rescan.stored());
    assertEquals(4, rescan.skipped(), "read again, every article found stored");
    assertEquals(before, dump(db));
  }

  @Test
  void aChangedFileIsReadAgainAndOnlyItsNewArticlesCoded() throws Exception {
    Path db = dir.resolve("v.duckdb");
    Path in = corpus();
    ingest(db, new Messages(), false, in.toString());
    Files.writeString(in.resolve("a.jsonl"),
        "{\"id\": \"j4\", \"date\": \"2016-03-05\", \"lang\": \"fr\", \"text\": \"La France a condamné la Russie.\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    CorpusIngest.Summary summary = ingest(db, new Messages(), false, in.toString());
    assertEquals(1, summary.stored(), summary.line());
    assertEquals(3, summary.skipped(), summary.line());
    assertEquals(1, summary.unchangedInputs(), summary.line());
  }

  @Test
  void badRecordsAreRecordedWithFileLineAndStageAndTheRestIsStored() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, String.join("\n",
        "{\"id\": \"ok\", \"lang\": \"fr\", \"text\": \"La France a condamné la Russie.\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"de\", \"lang\": \"de\", \"text\": \"Deutschland hat Russland verurteilt.\"}",
        "{\"id\": \"ok\", \"lang\": \"fr\", \"text\": \"La France a condamné la Russie.\"}",
        ""));
    Path db = dir.resolve("v.duckdb");
    Messages messages = new Messages();
    CorpusIngest.Summary summary = ingest(db, messages, false, bad.toString());
    assertEquals(1, summary.stored(), summary.line());
    assertEquals(1, summary.skipped(), "the same article twice is stored once: " + summary.line());
    assertEquals(2, summary.errors(), summary.line());
    assertEquals(2, messages.errors.size(), messages.errors.toString());
    assertTrue(messages.errors.get(0).startsWith(bad + ":2: "), messages.errors.toString());
    assertTrue(messages.errors.get(1).startsWith(bad + ":3: language: "), messages.errors.toString());
    try (Store store = Store.openReadOnly(db)) {
      List<String> rows = dump(store, "errors", "origin, stage").stream().toList();
      assertEquals(List.of(bad + ":2|read", bad + ":3|language"), rows);
    }
    ingest(db, new Messages(), true, bad.toString());
    try (Store store = Store.openReadOnly(db)) {
      assertEquals(2, store.count("errors"), "a problem met again is not recorded twice");
    }
  }

  @Test
  void anIndexLostOrBehindIsRebuiltFromTheStore() throws Exception {
    Path db = dir.resolve("v.duckdb");
    ingest(db, new Messages(), false, corpus().toString());
    try (Stream<Path> files = Files.walk(TextIndex.folderOf(db))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (TextIndex index = TextIndex.openForWriting(db)) {
      assertEquals(4, index.size());
      assertEquals(1, index.search("Corée", 5).size());
    }
  }

  /** Every table, row by row, as text (ingested_at and recorded_at included). */
  static Map<String, List<String>> dump(Path db) throws Exception {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Store store = Store.openReadOnly(db)) {
      for (String table : List.of("schema_version", "documents", "events", "mentions", "actors", "errors",
          "inputs")) {
        tables.put(table, dump(store, table, "*"));
      }
    }
    return tables;
  }

  private static List<String> dump(Store store, String table, String columns) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY ALL")) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
