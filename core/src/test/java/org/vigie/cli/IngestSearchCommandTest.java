package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.SourceOptions;
import org.vigie.store.CorpusIngest;
import org.vigie.store.Store;
import org.vigie.store.TextIndex;
import org.vigie.testing.Fixtures;

/**
 * {@code vigie ingest} and {@code vigie search} run in-process on real stores: exit codes, what
 * goes to stdout and stderr. (The packaged jar, killed and resumed, is IngestResumeIT.)
 */
class IngestSearchCommandTest {

  record Run(int exit, String out, String err) {}

  @TempDir static Path dir;
  private static Path db;

  static Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A small store made with the shared test pipeline (the CLI would load its own). */
  @BeforeAll
  static void store() throws Exception {
    Path in = dir.resolve("corpus.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"syrie\", \"title\": \"Frappes russes\", \"date\": \"2015-10-01\", \"lang\": \"fr\", \"text\": \"Mercredi, l'armée russe a bombardé l'Etat islamique en Syrie.\"}",
        "{\"id\": \"japon\", \"date\": \"2016-03-03\", \"lang\": \"fr\", \"text\": \"Le Japon a condamné la Corée du Nord.\"}",
        ""));
    db = dir.resolve("store/v.duckdb");
    CorpusIngest.Options options = new CorpusIngest.Options(new SourceOptions(LocalDate.of(2015, 10, 1), null), null, 1,
        false);
    try (Store store = Store.open(db); TextIndex index = TextIndex.openForWriting(store)) {
      CorpusIngest.Summary s = new CorpusIngest(store, index, Fixtures::pipeline, options, new CorpusIngest.Listener() {})
          .run(List.of(in.toString()));
      assertEquals(2, s.stored(), s.line());
    }
  }

  @Test
  void searchPrintsReadableResultsWithTheirEvents() {
    Run r = vigie("search", "--db", db.toString(), "bombardement");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith(" 1. 2015-10-01  fr  syrie  (score "), r.out());
    assertTrue(r.out().contains("    Frappes russes\n"), r.out());
    assertTrue(r.out().contains("RUSMIL → IMGMUSISI"), r.out());
    assertFalse(r.out().contains("japon"), r.out());
  }

  @Test
  void searchJsonlHasADocumentLineThenItsEventsAsContractLines() throws Exception {
    Run r = vigie("search", "--db", db.toString(), "--format", "jsonl", "--code", "1", "*");
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertEquals("document", lines.get(0).get("type").asText());
    JsonNode document = null;
    int eventsOfDocument = 0;
    for (JsonNode line : lines) {
      if (line.get("type").asText().equals("document")) {
        assertTrue(document == null || document.get("events").asInt() == eventsOfDocument, r.out());
        document = line;
        eventsOfDocument = 0;
      } else {
        assertEquals("event", line.get("type").asText());
        assertEquals(document.get("doc_id"), line.get("doc_id"), "events follow their document");
        assertTrue(line.get("code").asText().startsWith("1"), line.toString());
        assertTrue(line.has("event_id") && line.has("evidence") && line.has("source"), line.toString());
        eventsOfDocument++;
      }
    }
    assertEquals(document.get("events").asInt(), eventsOfDocument, r.out());
    List<String> docs = lines.stream().filter(l -> l.get("type").asText().equals("document"))
        .map(l -> l.get("doc_id").asText()).toList();
    assertEquals(List.of("japon", "syrie"), docs, "every document with a 1x event, newest first");
  }

  @Test
  void searchWithNothingFoundSaysSoOnStderrOnly() {
    Run r = vigie("search", "--db", db.toString(), "--country", "BRA", "");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no document matches"), r.err());
  }

  @Test
  void badSearchParametersExitTwoNamingTheParameter() {
    Run badDate = vigie("search", "--db", db.toString(), "--from", "2015-13-01", "x");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().startsWith("vigie: --from: not a date"), badDate.err());
    Run badQuad = vigie("search", "--db", db.toString(), "--quad", "7", "x");
    assertEquals(2, badQuad.exit());
    assertTrue(badQuad.err().contains("--quad"), badQuad.err());
    Run badQuery = vigie("search", "--db", db.toString(), "(frappes");
    assertEquals(2, badQuery.exit());
    assertTrue(badQuery.err().startsWith("vigie: bad query '(frappes'"), badQuery.err());
    assertEquals(1, badQuery.err().lines().count(), badQuery.err());
    Run noStore = vigie("search", "--db", dir.resolve("none.duckdb").toString(), "x");
    assertEquals(2, noStore.exit());
    assertTrue(noStore.err().contains("none.duckdb"), noStore.err());
    assertEquals("", badDate.out() + badQuad.out() + badQuery.out() + noStore.out());
  }

  @Test
  void aStoreFileThatIsNotDuckDbExitsTwoWithOneLineNamingIt() throws Exception {
    Path notDuck = dir.resolve("notes.duckdb");
    Files.writeString(notDuck, "this is not a database\n".repeat(200));
    Path in = dir.resolve("one.txt");
    Files.writeString(in, "La France a condamné la Russie.");
    Run r = vigie("ingest", "--db", notDuck.toString(), in.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("vigie: " + notDuck + ": "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertEquals("", r.out());
    assertEquals("this is not a database\n".repeat(200), Files.readString(notDuck), "left as it was");
  }

  @Test
  void unreadableRecordsExitOneAndAreRecorded() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"broken\", \"text\": \n[1, 2]\n");
    Path store = dir.resolve("bad/v.duckdb");
    Run r = vigie("ingest", "--db", store.toString(), bad.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("error: " + bad + ":1: "), r.err());
    assertTrue(lines.get(1).startsWith("error: " + bad + ":2: "), r.err());
    assertTrue(lines.get(2).startsWith("ingest: 0 documents stored, 0 skipped (already stored), 0 links, 0 events,"
        + " 2 errors; "), r.err());
    try (Store s = Store.openReadOnly(store)) {
      assertEquals(2, s.count("errors"));
    }
    Run quiet = vigie("ingest", "--quiet", "--rescan", "--db", store.toString(), bad.toString());
    assertEquals(1, quiet.exit());
    assertEquals(2, quiet.err().lines().count(), "--quiet: the errors only\n" + quiet.err());
  }

  @Test
  void badIngestOptionsExitTwo() {
    Run threads = vigie("ingest", "--db", dir.resolve("t/v.duckdb").toString(), "--threads", "0", "x.txt");
    assertEquals(2, threads.exit());
    assertTrue(threads.err().contains("--threads"), threads.err());
    Run lang = vigie("ingest", "--db", dir.resolve("t/v.duckdb").toString(), "--lang", "de", "x.txt");
    assertEquals(2, lang.exit());
    assertTrue(lang.err().contains("--lang"), lang.err());
  }
}
