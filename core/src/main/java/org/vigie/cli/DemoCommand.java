package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.api.ApiConfig;
import org.vigie.ingest.SourceOptions;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;
import org.vigie.store.CorpusIngest;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import org.vigie.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie demo}: ingests the bundled French sample corpus into a store of its own (as
 * {@code vigie ingest} does: documents, events, full-text index), writes its events as JSON Lines
 * and serves the dashboard over it; with {@code --no-serve}, prints the events as a table and stops.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled French sample corpus into a store and serve the dashboard over it.",
        "With --no-serve: print the events as a table and stop."})
final class DemoCommand implements Callable<Integer> {

  static final String CORPUS = "/org/vigie/samples/fr/articles.jsonl";

  @Option(names = "--out", defaultValue = "vigie-out/demo-events.jsonl", description = "Where to write the events. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--db", defaultValue = "vigie-data/demo.duckdb",
      description = "The store the demo fills (articles already there are kept). Default: ${DEFAULT-VALUE}.")
  Path db;

  @Option(names = "--port", defaultValue = "7070",
      description = "Port of the dashboard on 127.0.0.1 (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--no-serve", description = "Print the events as a table and stop instead of serving the dashboard.")
  boolean noServe;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new Main.UsageException("--port: must be 0 to 65535, not " + port);
    }
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path corpus = extractCorpus();
    console.println("Loading models and dictionaries, coding the sample corpus into " + db + " ...");
    console.flush();
    CorpusIngest.Summary summary;
    List<JsonNode> events;
    try (Store store = Store.open(db);
        TextIndex index = TextIndex.openForWriting(store);
        IngestReporter reporter = new IngestReporter(err, false, Terminal.stderrIsInteractive())) {
      SourceOptions source = new SourceOptions(null, null, ArticleInput.MAX_TEXT_CHARS,
          SourceOptions.DEFAULT_MAX_LINE_BYTES);
      summary = new CorpusIngest(store, index, () -> PipelineFactory.create(PipelineConfig.defaults()),
          new CorpusIngest.Options(source, null, 2, true), reporter).run(List.of(corpus.toString()));
      reporter.summary(summary);
      events = storedEvents(store);
    } finally {
      Files.deleteIfExists(corpus);
    }
    writeEvents(events);
    if (noServe) {
      printTable(console, events);
    }
    console.printf(Locale.ROOT, "%d events in the store %s; written to %s%n", events.size(), db, out);
    if (noServe) {
      return summary.errors() == 0 ? Main.OK : Main.SOME_FAILED;
    }
    ServeCommand.serve(console, new ApiConfig(db, ApiConfig.DEFAULT_HOST, port, null));
    return Main.OK;
  }

  private static Path extractCorpus() throws IOException {
    Path tmp = Files.createTempFile("vigie-sample-", ".jsonl");
    try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
      if (in == null) {
        throw new IllegalStateException("sample corpus missing from the jar: " + CORPUS);
      }
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    return tmp;
  }

  /** The events of the store as the output contract (its {@code json} column), oldest first. */
  private static List<JsonNode> storedEvents(Store store) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> events = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT json FROM events ORDER BY day NULLS LAST, doc_id, sentence_id, event_id")) {
      while (r.next()) {
        events.add(mapper.readTree(r.getString(1)));
      }
    } catch (SQLException e) {
      throw new StoreException(store.file() + ": reading the events: " + e.getMessage(), e);
    }
    return events;
  }

  private void writeEvents(List<JsonNode> events) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (JsonNode e : events) {
        w.write(e.toString());
        w.write('\n');
      }
    }
  }

  private static void printTable(PrintWriter console, List<JsonNode> events) {
    String format = "%-10s %-10s %-5s %6s  %-12s %-12s %-4s %s%n";
    console.printf(format, "document", "date", "code", "gold.", "source", "target", "loc.", "evidence");
    for (JsonNode e : events) {
      JsonNode location = e.path("location");
      console.printf(Locale.ROOT, format, cut(e.path("doc_id").asText(), 10), e.path("date").asText(""),
          e.path("code").asText(), String.format(Locale.ROOT, "%.1f", e.path("goldstein").asDouble()),
          cut(e.path("source").path("code").asText(), 12), cut(e.path("target").path("code").asText(), 12),
          location.isObject() ? location.path("country").asText("") : "",
          cut(e.path("source").path("text").asText("") + " | " + e.path("evidence").path("trigger").asText()
              + " | " + e.path("target").path("text").asText(""), 70));
    }
  }

  private static String cut(String s, int width) {
    return s == null ? "" : s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
