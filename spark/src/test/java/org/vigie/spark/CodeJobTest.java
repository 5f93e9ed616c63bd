package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReadResult;
import org.vigie.ingest.SourceOptions;
import org.vigie.model.Article;
import org.vigie.pipeline.BatchRunner;
import org.vigie.store.DocumentWriter;
import org.vigie.store.Store;

/**
 * The job on a local[2] master against one machine: the same corpus (French and English, a
 * malformed line, a record without text, an unsupported language, an article read twice) coded by
 * the job and by the pipeline writing a real store as ingest does.
 */
class CodeJobTest {

  @TempDir static Path dir;
  static SparkSession spark;
  static Path corpus;
  static Path out;
  static JobSummary summary;

  @BeforeAll
  static void runTheJob() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("vigie-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    corpus = dir.resolve("corpus.jsonl");
    try (InputStream in = CodeJobTest.class.getResourceAsStream("corpus.jsonl")) {
      Files.copy(in, corpus);
    }
    out = dir.resolve("out");
    summary = new CodeRun(spark, JobOptions.jsonl(List.of(corpus.toString()), out.toString())).run();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void codesEachDocumentOnceAndCountsTheBadRecords() {
    // 12 lines of articles, one of them a second reading of fr-1's URL; lines 7, 8 and 9 fail
    assertEquals(9, summary.documents());
    assertEquals(3, summary.errors());
    assertTrue(summary.events() > 5, "events: " + summary.events());
  }

  @Test
  void sameEventsAndIdsAsThePipelineWritingTheStore() throws SQLException {
    Path db = dir.resolve("reference.duckdb");
    try (Store store = Store.open(db)) {
      DocumentWriter writer = new DocumentWriter(store);
      new BatchRunner(ExecutorPipelines.get(PipelineSettings.BUNDLED), 2).run(articles(corpus).iterator(), o -> {
        if (o instanceof BatchRunner.Done done) {
          writer.write(done.result());
        }
      });
    }
    try (Connection c = duckdb(); Statement s = c.createStatement()) {
      s.execute("ATTACH '" + db + "' AS ref (READ_ONLY)");
      Map<String, String> expected = pairs(s, "SELECT doc_key || ' ' || event_id, json FROM ref.events");
      Map<String, String> actual = pairs(s, "SELECT doc_key || ' ' || event_id, json FROM " + parquet("events"));
      assertFalse(expected.isEmpty());
      assertEquals(expected, actual);
      assertEquals(pairs(s, "SELECT doc_key, doc_id || ' ' || text FROM ref.documents"),
          pairs(s, "SELECT doc_key, doc_id || ' ' || text FROM " + parquet("documents")));
    }
  }

  @Test
  void errorsNameTheFileLineAndStage() throws SQLException {
    try (Connection c = duckdb(); Statement s = c.createStatement()) {
      Map<String, String> errors = pairs(s,
          "SELECT regexp_extract(origin, ':(\\d+)$', 1), stage || ': ' || reason FROM " + parquet("errors"));
      assertEquals(new TreeSet<>(List.of("7", "8", "9")), errors.keySet());
      assertTrue(errors.get("7").startsWith("read: not JSON"), errors.get("7"));
      assertEquals("read: no \"text\" field", errors.get("8"));
      assertTrue(errors.get("9").startsWith("language: "), errors.get("9"));
      try (ResultSet r = s.executeQuery("SELECT origin FROM " + parquet("errors") + " LIMIT 1")) {
        r.next();
        assertTrue(r.getString(1).contains("corpus.jsonl:"), r.getString(1));
      }
    }
  }

  @Test
  void parquetColumnsAreTheStoreTablesColumns() throws SQLException {
    Path db = dir.resolve("empty.duckdb");
    Store.open(db).close();
    try (Connection c = duckdb(); Statement s = c.createStatement()) {
      s.execute("ATTACH '" + db + "' AS empty (READ_ONLY)");
      for (String table : List.of("events", "documents")) {
        List<String> expected = columns(s, "DESCRIBE empty." + table);
        List<String> actual = columns(s, "DESCRIBE SELECT * FROM " + parquet(table));
        List<String> extra = new ArrayList<>(table.equals("events") ? List.of("is_root_event") : List.of());
        extra.add(CodeRun.PARTITION);
        expected.addAll(extra);
        assertEquals(expected, actual, table);
      }
    }
  }

  @Test
  void aggregatesCountMentionsArticlesAndOutlets() throws SQLException {
    try (Connection c = duckdb(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT num_mentions, num_articles, num_sources, is_root_event FROM "
            + parquet("aggregates") + " WHERE day = DATE '2021-11-15' AND code = '111'")) {
      // fr-4 (no URL, so no outlet), fr-5 (lefigaro) and fr-6 (ouest-france) report the same criticism
      assertTrue(r.next());
      assertEquals(3, r.getLong(1));
      assertEquals(3, r.getLong(2));
      assertEquals(2, r.getLong(3));
      assertTrue(r.getBoolean(4));
      assertFalse(r.next());
    }
    try (Connection c = duckdb(); Statement s = c.createStatement()) {
      assertEquals(pairs(s, "SELECT 'n', count(*)::VARCHAR FROM " + parquet("events")),
          pairs(s, "SELECT 'n', sum(num_mentions)::VARCHAR FROM " + parquet("aggregates")));
    }
  }

  @Test
  void parquetInputGivesTheSameEvents() throws SQLException {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.DateType, true),
        DataTypes.createStructField("lang", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true)));
    List<Row> rows = articles(corpus).stream().map(a -> RowFactory.create(a.id(), a.url(), a.title(),
        a.date() == null ? null : java.sql.Date.valueOf(a.date()), a.lang(), a.text())).toList();
    Dataset<Row> table = spark.createDataFrame(rows, schema);
    Path input = dir.resolve("articles.parquet");
    table.write().parquet(input.toString());
    Path parquetOut = dir.resolve("out-parquet");
    JobSummary s = new CodeRun(spark, new JobOptions(List.of(input.toString()), parquetOut.toString(),
        JobOptions.Format.PARQUET, null, null, 3, false)).run();
    assertEquals(summary.documents(), s.documents());
    assertEquals(1, s.errors()); // the German article; the other two bad lines never made it to Parquet
    try (Connection c = duckdb(); Statement st = c.createStatement()) {
      assertEquals(pairs(st, "SELECT doc_key || ' ' || event_id, json FROM " + parquet("events")),
          pairs(st, "SELECT doc_key || ' ' || event_id, json FROM read_parquet('" + parquetOut
              + "/events/*/*.parquet', hive_partitioning = true)"));
    }
  }

  @Test
  void aMissingInputOrAnEarlierOutputStopsTheRunBeforeAnyWork() {
    String missing = dir.resolve("nothing-*.jsonl").toString();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CodeRun(spark, JobOptions.jsonl(List.of(missing), dir.resolve("elsewhere").toString())).run());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new CodeRun(spark, JobOptions.jsonl(List.of(corpus.toString()), out.toString())).run());
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
  }

  @Test
  void aDictionaryFolderIsShippedToTheExecutorsOrReadWhereItIs() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("my-dictionaries"));
    Files.writeString(folder.resolve("verbs.txt"), "# a dictionary file\n");
    DictionaryFolder shipped = DictionaryFolder.of(spark, folder.toString());
    assertTrue(shipped.shipped());
    assertFalse(shipped.path().equals(folder), "a copy, where Spark puts shipped files");
    assertEquals("# a dictionary file\n", Files.readString(shipped.path().resolve("verbs.txt")));
    DictionaryFolder onEveryNode = DictionaryFolder.of(spark, "local:///opt/vigie/dictionaries");
    assertEquals(Path.of("/opt/vigie/dictionaries"), onEveryNode.path());
  }

  @Test
  void theModelsAreLoadedOncePerJvm() {
    assertEquals(1, ExecutorPipelines.built());
  }

  /** The corpus's articles as ingest reads them (the bad lines left out). */
  private static List<Article> articles(Path file) {
    try (Stream<ReadResult> results = new ArticleSource(SourceOptions.defaults()).read(file.toString())) {
      return results.filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).article()).toList();
    }
  }

  private static String parquet(String output) {
    return "read_parquet('" + out + "/" + output + (output.equals("events") || output.equals("documents")
        ? "/*/*.parquet', hive_partitioning = true)" : "/*.parquet')");
  }

  private static Connection duckdb() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  private static Map<String, String> pairs(Statement s, String sql) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        assertEquals(null, out.put(r.getString(1), r.getString(2)), "twice: " + r.getString(1));
      }
    }
    return out;
  }

  private static List<String> columns(Statement s, String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        names.add(r.getString("column_name"));
      }
    }
    return names;
  }
}
