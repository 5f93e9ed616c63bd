package org.vigie.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.EventAggregates;
import org.vigie.store.EventFilter;
import org.vigie.store.Store;
import org.vigie.store.Stories;
import org.vigie.testing.TestStories;

class EventExporterTest {

  @TempDir static Path dir;
  private static Store store;
  private static EventExporter exporter;

  @BeforeAll
  static void storeTwoStories() {
    store = Store.open(dir.resolve("v.duckdb"));
    for (int site = 1; site <= 3; site++) {
      TestStories.store(store, TestStories.published("palmyre.txt", site, "2015-10-07"));
    }
    TestStories.store(store, TestStories.published("coree.txt", 1, "2015-10-08"));
    Stories.assign(store);
    exporter = new EventExporter(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> column(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** A small RFC 4180 reader, to check what the writer quoted. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return records;
  }

  @Test
  void jsonlIsTheStoredContractByteForByte() throws Exception {
    StringWriter out = new StringWriter();
    long n = exporter.jsonl(EventFilter.ALL, out);
    List<String> stored = column("SELECT json FROM events ORDER BY day NULLS LAST, doc_key, sentence_id, event_id");
    assertEquals(stored.size(), n);
    assertEquals(String.join("\n", stored) + "\n", out.toString());
  }

  @Test
  void csvHasAHeaderAndQuotesSentencesWithCommas() throws Exception {
    StringWriter out = new StringWriter();
    long n = exporter.csv(EventFilter.ALL, out);
    List<List<String>> records = parseCsv(out.toString());
    assertEquals(n + 1, records.size());
    List<String> header = records.get(0);
    assertTrue(header.containsAll(List.of("doc_key", "event_id", "sentence", "code", "source_code", "goldstein")));
    assertFalse(header.contains("json"));
    int sentence = header.indexOf("sentence");
    List<String> stored = column("SELECT sentence FROM events ORDER BY day NULLS LAST, doc_key, sentence_id, event_id");
    for (int i = 1; i < records.size(); i++) {
      assertEquals(header.size(), records.get(i).size(), records.get(i).toString());
      assertEquals(stored.get(i - 1), records.get(i).get(sentence));
    }
    assertTrue(stored.stream().anyMatch(s -> s.contains(",")), "a sentence with a comma was exported");
  }

  @Test
  void parquetReadsBackWithTheSameRowsAndColumns() throws Exception {
    Path file = dir.resolve("events.parquet");
    long n = exporter.parquet(EventFilter.ALL, file);
    assertEquals(store.count("events"), n);
    try (Statement s = store.connection().createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
        r.next();
        assertEquals(n, r.getLong(1));
      }
      try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet('" + file + "') LIMIT 0");
          ResultSet e = s.getConnection().createStatement().executeQuery("SELECT * EXCLUDE (json) FROM events LIMIT 0")) {
        assertEquals(names(e.getMetaData()), names(r.getMetaData()));
      }
    }
  }

  private static List<String> names(ResultSetMetaData meta) throws Exception {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      out.add(meta.getColumnLabel(i));
    }
    return out;
  }

  @Test
  void filtersApplyToEveryFormat() throws Exception {
    EventFilter korea = EventFilter.parse("2015-10-08", null, null, null, null, null, null, null, null, null);
    long expected = Long.parseLong(column("SELECT count(*) FROM events WHERE day >= DATE '2015-10-08'").get(0));
    assertTrue(expected > 0 && expected < store.count("events"));
    assertEquals(expected, exporter.jsonl(korea, new StringWriter()));
    assertEquals(expected, exporter.csv(korea, new StringWriter()));
    assertEquals(expected, exporter.parquet(korea, dir.resolve("korea.parquet")));
    StringWriter gdelt = new StringWriter();
    long rows = exporter.gdelt(korea, GdeltRow.bundled(), gdelt);
    assertEquals(EventAggregates.list(store, korea).size(), rows);
    for (String line : gdelt.toString().split("\n")) {
      assertTrue(line.split("\t", -1)[1].compareTo("20151008") >= 0, line);
    }
  }

  @Test
  void gdeltHasOneRowPerAggregatedEventWithItsCounts() {
    StringWriter out = new StringWriter();
    long rows = exporter.gdelt(EventFilter.ALL, GdeltRow.bundled(), out);
    List<EventAggregates.Row> aggregates = EventAggregates.list(store, EventFilter.ALL);
    assertEquals(aggregates.size(), rows);
    String[] lines = out.toString().split("\n");
    for (int i = 0; i < lines.length; i++) {
      String[] f = lines[i].split("\t", -1);
      assertEquals(61, f.length);
      assertEquals(Long.toString(aggregates.get(i).id()), f[0]);
      assertEquals(Long.toString(aggregates.get(i).numMentions()), f[31]);
      assertEquals(Long.toString(aggregates.get(i).numSources()), f[32]);
      assertEquals(Long.toString(aggregates.get(i).numArticles()), f[33]);
    }
    assertTrue(aggregates.stream().anyMatch(a -> a.numArticles() == 3 && a.numSources() == 3));
  }
}
