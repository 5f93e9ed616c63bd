package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.Store;
import org.vigie.store.TextIndex;

/**
 * {@code vigie ingest} killed with SIGKILL at several moments and started again ends with the same
 * store as an uninterrupted run: every document once, each with all its events, and a full-text
 * index holding them all. Runs the packaged jar, as a user would.
 */
class IngestResumeIT {

  private static final int ARTICLES = 48;

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  @Test
  void aRunKilledAtAnyMomentAndRestartedStoresEachDocumentOnce() throws Exception {
    Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
    Path reference = dir.resolve("a/vigie.duckdb");
    Process a = start(reference, corpus, "a");
    assertTrue(a.waitFor(5, TimeUnit.MINUTES), "reference run did not finish");
    assertEquals(0, a.exitValue(), stderr("a"));
    Map<String, Set<String>> expected = eventsByDocument(reference);
    assertEquals(ARTICLES, expected.size(), stderr("a"));
    assertTrue(expected.values().stream().mapToInt(Set::size).sum() >= ARTICLES, "the corpus codes events");

    Path resumed = dir.resolve("b/vigie.duckdb");
    Path wal = Path.of(resumed + ".wal");
    Random random = new Random(20151001);
    List<BooleanSupplier> killWhen = List.of(
        () -> Files.exists(resumed),                 // while the store is being created
        new WalGrowth(wal, 2),                       // just after the first commits
        new WalGrowth(wal, 12),                      // in the middle of the corpus
        new Delay(new WalGrowth(wal, 1), 1000 + random.nextInt(3000)));  // somewhere later
    int kills = 0;
    for (BooleanSupplier moment : killWhen) {
      Process p = start(resumed, corpus, "b" + kills);
      if (waitUntil(p, moment)) {
        p.destroyForcibly().waitFor();
        kills++;
        log.add("killed run b" + (kills - 1) + " with " + documentsIn(resumed) + " documents stored");
      } else {
        log.add("run b" + kills + " ended before its kill (exit " + p.exitValue() + ")");
      }
    }
    int restarts = 0;
    int exit;
    do {
      Process p = start(resumed, corpus, "final" + restarts);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "resumed run did not finish");
      exit = p.exitValue();
      log.add("run final" + restarts + ": " + lastLine(stderr("final" + restarts)));
      restarts++;
    } while (exit != 0 && restarts < 2);
    assertEquals(0, exit, stderr("final" + (restarts - 1)) + log);
    assertTrue(kills >= 3, "most runs were killed before their end: " + log);

    assertEquals(expected, eventsByDocument(resumed), "same documents with the same events\n" + log);
    try (TextIndex index = TextIndex.openReadOnly(resumed)) {
      assertEquals(expected.keySet(), new TreeSet<>(index.keys()), "every stored document indexed once");
      assertEquals(ARTICLES, index.size());
    }

    Map<String, List<String>> before = tables(resumed);
    Process again = start(resumed, corpus, "again");
    assertTrue(again.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, again.exitValue(), stderr("again"));
    assertTrue(stderr("again").contains("0 documents stored"), stderr("again"));
    assertEquals(before, tables(resumed), "a further run changes nothing");
    System.out.println("IngestResumeIT: " + kills + " kills, " + ARTICLES + " documents; " + String.join("; ", log));
  }

  /** French articles that code events, each different (same shapes, other actors, verbs, days). */
  static Path writeCorpus(Path file) throws IOException {
    String[][] countries = {
        {"la France", "français"}, {"l'Allemagne", "allemand"}, {"la Russie", "russe"}, {"la Chine", "chinois"},
        {"le Japon", "japonais"}, {"la Turquie", "turc"}, {"l'Iran", "iranien"}, {"l'Inde", "indien"},
        {"le Brésil", "brésilien"}, {"le Canada", "canadien"}, {"l'Italie", "italien"}, {"l'Espagne", "espagnol"}};
    String[] verbs = {"a condamné", "a critiqué", "a accusé", "a félicité", "a menacé", "a soutenu"};
    String[] days = {"lundi", "mardi", "mercredi", "jeudi", "vendredi"};
    String[] topics = {"le commerce", "la sécurité régionale", "l'énergie", "les réfugiés"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      String[] a = countries[i % countries.length];
      String[] b = countries[(i * 5 + 1 + i / countries.length) % countries.length];
      if (a == b) {
        b = countries[(i + 1) % countries.length];
      }
      String text = capitalize(a[0]) + " " + verbs[i % verbs.length] + " " + b[0] + " " + days[i % days.length] + ".\n"
          + "Le ministre " + a[1] + " des Affaires étrangères a rencontré son homologue " + b[1] + " à Genève.\n"
          + "Les discussions ont porté sur " + topics[i % topics.length] + ", selon un communiqué numéro " + i + ".";
      String url = i % 2 == 0 ? ", \"url\": \"https://example.org/resume/" + i + "\"" : "";
      out.append(String.format("{\"id\": \"r%02d\"%s, \"date\": \"2016-%02d-%02d\", \"lang\": \"fr\", \"text\": \"%s\"}%n",
          i, url, 1 + i % 12, 1 + i % 28, text.replace("\n", "\\n")));
    }
    Files.writeString(file, out);
    return file;
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private Process start(Path db, Path corpus, String name) throws IOException {
    Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("vigie-.*\\.jar"))
        .findFirst().orElseThrow(() -> new IllegalStateException("run mvn package first"));
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-jar", jar.toString(), "ingest", "--threads", "2", "--db", db.toString(), corpus.toString());
    return new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
  }

  private String stderr(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".err"));
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** Polls every 5 ms until the moment comes (true) or the process ends first (false). */
  private static boolean waitUntil(Process p, BooleanSupplier moment) throws InterruptedException {
    while (p.isAlive()) {
      if (moment.getAsBoolean()) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  /** True once the write-ahead log has changed size {@code times} times: that many commits. */
  private static final class WalGrowth implements BooleanSupplier {
    private final Path wal;
    private final int times;
    private long lastSize = -1;
    private int changes;

    WalGrowth(Path wal, int times) {
      this.wal = wal;
      this.times = times;
    }

    @Override
    public boolean getAsBoolean() {
      long size;
      try {
        size = Files.exists(wal) ? Files.size(wal) : 0;
      } catch (IOException e) {
        size = 0;
      }
      if (lastSize >= 0 && size != lastSize) {
        changes++;
      }
      lastSize = size;
      return changes >= times;
    }
  }

  /** True {@code millis} after another moment. */
  private static final class Delay implements BooleanSupplier {
    private final BooleanSupplier after;
    private final long millis;
    private long since = -1;

    Delay(BooleanSupplier after, long millis) {
      this.after = after;
      this.millis = millis;
    }

    @Override
    public boolean getAsBoolean() {
      if (since < 0 && after.getAsBoolean()) {
        since = System.nanoTime();
      }
      return since >= 0 && System.nanoTime() - since >= millis * 1_000_000;
    }
  }

  /**
   * The documents a killed run left, counted on a copy: recovering the store after the kill is
   * the next run's job, not the test's.
   */
  private long documentsIn(Path db) throws IOException {
    if (!Files.exists(db)) {
      return 0;
    }
    Path copy = Files.createTempDirectory(dir, "copy").resolve(db.getFileName());
    Files.copy(db, copy);
    Path wal = Path.of(db + ".wal");
    if (Files.exists(wal)) {
      Files.copy(wal, Path.of(copy + ".wal"));
    }
    try (Store store = Store.openReadOnly(copy)) {
      return store.count("documents");
    } catch (RuntimeException e) {
      return -1; // killed before the schema was committed
    }
  }

  /** doc_key → its event ids (and "doc_id=..." so that a changed row shows). */
  private static Map<String, Set<String>> eventsByDocument(Path db) throws Exception {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Store store = Store.openReadOnly(db); Statement s = store.connection().createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT doc_key, doc_id, status, length(text) FROM documents")) {
        while (r.next()) {
          Set<String> row = new TreeSet<>();
          row.add("doc=" + r.getString(2) + "/" + r.getString(3) + "/" + r.getInt(4));
          assertEquals(null, out.put(r.getString(1), row), "one row per document");
        }
      }
      try (ResultSet r = s.executeQuery("SELECT doc_key, event_id, code, source_code, target_code FROM events")) {
        while (r.next()) {
          Set<String> events = out.get(r.getString(1));
          assertTrue(events != null, "an event without its document: " + r.getString(1));
          assertTrue(events.add(r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + "→" + r.getString(5)),
              "an event twice");
        }
      }
    }
    return out;
  }

  /** Every table, row by row, as text (timestamps included). */
  private static Map<String, List<String>> tables(Path db) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    try (Store store = Store.openReadOnly(db); Statement s = store.connection().createStatement()) {
      for (String table : List.of("documents", "events", "mentions", "actors", "errors", "inputs")) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(r.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        out.put(table, rows);
      }
    }
    return out;
  }
}
