package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.ReadResult;
import org.vigie.pipeline.DocumentResult;
import org.vigie.testing.Fixtures;

class StoreTest {

  @TempDir Path dir;

  private static final String TEXT = "Mercredi, l'armée russe a bombardé l'Etat islamique en Syrie.";

  @Test
  void createsTheFileAndRecordsTheSchemaVersion() {
    Path file = dir.resolve("sub/vigie.duckdb");
    try (Store store = Store.open(file)) {
      assertEquals(Migrations.bundled().size(), store.schemaVersion());
    }
    assertTrue(Files.exists(file));
    try (Store again = Store.open(file)) {
      assertEquals(Migrations.bundled().size(), again.schemaVersion(), "reopening applies nothing twice");
      assertEquals(Migrations.bundled().size(), again.count("schema_version"));
    }
  }

  @Test
  void writesADocumentWithItsEventsOnceWhateverTheNumberOfWrites() throws Exception {
    DocumentResult result = Fixtures.process(TEXT, "2015-10-01");
    assertFalse(result.events().isEmpty(), "the fixture sentence codes an event");
    try (Store store = Store.open(dir.resolve("v.duckdb"))) {
      DocumentWriter writer = new DocumentWriter(store);
      String key = writer.write(result);
      writer.write(result);
      assertTrue(store.contains(key));
      assertEquals(1, store.count("documents"));
      assertEquals(result.events().size(), store.count("events"));
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT code, source_code, target_code, day, trigger_start, json FROM events")) {
        r.next();
        assertEquals(result.events().get(0).code(), r.getString(1));
        assertEquals("RUSMIL", r.getString(2));
        assertEquals("IMGMUSISI", r.getString(3));
        assertEquals("2015-09-30", r.getDate(4).toLocalDate().toString());
        assertEquals(TEXT.indexOf("bombardé"), r.getInt(5));
        assertTrue(r.getString(6).contains("\"event_id\""));
      }
      assertTrue(store.count("mentions") >= 2);
      assertTrue(store.count("actors") >= 2);
    }
  }

  @Test
  void keepsFeedLinksAndErrors() {
    try (Store store = Store.open(dir.resolve("v.duckdb"))) {
      DocumentWriter writer = new DocumentWriter(store);
      writer.writeLink(new ReadResult.Link("https://www.example.org/a", "A", null, "feed.xml#1"));
      writer.writeLink(new ReadResult.Link("https://www.example.org/a", "A", null, "feed.xml#1"));
      store.recordError("bad.jsonl:3", "read", "not a JSON object");
      assertEquals(1, store.count("documents"));
      assertEquals(1, store.count("errors"));
    }
  }

  @Test
  void anEmptyFileLeftByAKilledCreationIsCreatedAnew() throws Exception {
    Path file = dir.resolve("v.duckdb");
    Files.createFile(file);
    try (Store store = Store.open(file)) {
      assertEquals(Migrations.bundled().size(), store.schemaVersion());
    }
    Path notes = dir.resolve("notes.duckdb");
    Files.writeString(notes, "not a store");
    StoreException e = assertThrows(StoreException.class, () -> Store.open(notes));
    assertTrue(e.getMessage().startsWith(notes + ": "), e.getMessage());
    assertEquals("not a store", Files.readString(notes), "a file with content is never replaced");
  }

  @Test
  void readOnlyNeedsAnExistingStore() {
    StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(dir.resolve("none.duckdb")));
    assertTrue(e.getMessage().contains("none.duckdb"));
    Path file = dir.resolve("v.duckdb");
    Store.open(file).close();
    try (Store store = Store.openReadOnly(file)) {
      assertEquals(0, store.count("documents"));
    }
  }

  @Test
  void outletIsTheHostWithoutWww() {
    assertEquals("lemonde.fr", DocumentWriter.outlet("https://www.lemonde.fr/international/article/x.html"));
    assertEquals(null, DocumentWriter.outlet("not a url"));
    assertEquals(null, DocumentWriter.outlet(null));
  }
}
