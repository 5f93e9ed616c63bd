package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.Store;
import org.vigie.store.Stories;
import org.vigie.testing.TestStories;

/**
 * {@code vigie export} run from the packaged jar over a store built here with the real pipeline:
 * one wire story from three sites and an unrelated story.
 */
class ExportIT {

  record Run(int exit, String out, String err) {}

  @TempDir static Path dir;
  private static Path db;
  private static List<String> storedJson;
  private static long aggregates;

  static Run vigie(String... args) throws IOException, InterruptedException {
    Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("vigie-.*\\.jar"))
        .findFirst().orElseThrow(() -> new IllegalStateException("run mvn package first"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "vigie did not finish");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @BeforeAll
  static void buildAStore() throws Exception {
    db = dir.resolve("data/vigie.duckdb");
    try (Store store = Store.open(db)) {
      for (int site = 1; site <= 3; site++) {
        TestStories.store(store, TestStories.published("palmyre.txt", site, "2015-10-07"));
      }
      TestStories.store(store, TestStories.published("coree.txt", 1, "2015-10-08"));
      Stories.assign(store);
      storedJson = new ArrayList<>();
      try (Statement s = store.connection().createStatement()) {
        try (ResultSet r = s.executeQuery("SELECT json FROM events ORDER BY day NULLS LAST, doc_key, sentence_id, event_id")) {
          while (r.next()) {
            storedJson.add(r.getString(1));
          }
        }
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM event_aggregates")) {
          r.next();
          aggregates = r.getLong(1);
        }
      }
    }
    assertFalse(storedJson.isEmpty());
  }

  @Test
  void jsonlPrintsTheStoredContract() throws Exception {
    Run run = vigie("export", "--format", "jsonl", "--db", db.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(String.join("\n", storedJson) + "\n", run.out());
    assertTrue(run.err().contains(storedJson.size() + " events written (jsonl) to stdout"), run.err());
  }

  @Test
  void csvHasAHeaderAndOneRecordPerEvent() throws Exception {
    Path file = dir.resolve("events.csv");
    Run run = vigie("export", "--format", "csv", "--db", db.toString(), "--output", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    String csv = Files.readString(file);
    assertTrue(csv.startsWith("doc_key,event_id,doc_id,sentence_id,sentence,"), csv);
    assertEquals(storedJson.size() + 1, csv.split("\r\n").length, "no line break inside the sentences here");
  }

  @Test
  void gdeltHasSixtyOneColumnsAndOneRowPerAggregate() throws Exception {
    Run run = vigie("export", "--format", "gdelt", "--db", db.toString());
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(aggregates, lines.length);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertEquals(61, f.length, line);
      assertTrue(f[1].matches("\\d{8}"), line);
      assertTrue(f[60].startsWith("https://www.site"), line);
    }
    assertTrue(List.of(lines).stream().anyMatch(l -> l.split("\t", -1)[33].equals("3")), "3 articles: " + run.out());
  }

  @Test
  void parquetNeedsAFileAndReadsBack() throws Exception {
    Run refused = vigie("export", "--format", "parquet", "--db", db.toString());
    assertEquals(2, refused.exit(), refused.err());
    assertTrue(refused.err().contains("--output"), refused.err());
    Path file = dir.resolve("events.parquet");
    Run run = vigie("export", "--format", "parquet", "--db", db.toString(), "--output", file.toString(),
        "--source", "RUS");
    assertEquals(0, run.exit(), run.err());
    try (Store store = Store.openReadOnly(db); Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE source_code LIKE 'RUS%')"
            + " FROM read_parquet('" + file + "')")) {
      r.next();
      assertTrue(r.getLong(1) > 0);
      assertEquals(r.getLong(1), r.getLong(2), "the --source filter applies");
    }
  }

  @Test
  void badFiltersAndMissingStoresExitWithTwo() throws Exception {
    Run badDate = vigie("export", "--format", "jsonl", "--db", db.toString(), "--from", "2015-13-01");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("--from"), badDate.err());
    Run badQuad = vigie("export", "--format", "csv", "--db", db.toString(), "--quad", "7");
    assertEquals(2, badQuad.exit());
    assertTrue(badQuad.err().contains("--quad"), badQuad.err());
    Run badFormat = vigie("export", "--format", "xml", "--db", db.toString());
    assertEquals(2, badFormat.exit());
    Run missing = vigie("export", "--format", "jsonl", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("none.duckdb") && missing.err().contains("no store"), missing.err());
    assertTrue((badDate.err() + missing.err()).lines().noneMatch(l -> l.startsWith("\tat ")), "no stack traces");
  }
}
