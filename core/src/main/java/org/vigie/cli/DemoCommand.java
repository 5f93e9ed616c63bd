package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.api.ApiConfig;
import org.vigie.model.Event;
import org.vigie.output.EventJson;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;
import org.vigie.store.DocumentWriter;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie demo}: codes the bundled French sample corpus into a store, writes the events as
 * JSON Lines, and serves the dashboard over that store (or, with {@code --no-serve}, prints the
 * events as a table and stops).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Code the bundled French sample corpus into a store and open the dashboard over it.",
        "With --no-serve: print a summary table and stop."})
final class DemoCommand implements Callable<Integer> {

  static final String CORPUS = "/org/vigie/samples/fr/articles.jsonl";

  @Option(names = "--out", defaultValue = "vigie-out/demo-events.jsonl", description = "Where to write the events. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--db", defaultValue = "vigie-data/demo.duckdb",
      description = "The store the demo fills (its articles are replaced, others kept). Default: ${DEFAULT-VALUE}.")
  Path db;

  @Option(names = "--port", defaultValue = "7070", description = "Port of the dashboard on 127.0.0.1 (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--no-serve", description = "Print the events as a table and stop instead of serving the dashboard.")
  boolean noServe;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter console = spec.commandLine().getOut();
    Path corpus = extractCorpus();
    InputOptions input = new InputOptions();
    input.files = List.of(corpus.toString());
    input.lang = "auto";
    console.println("Loading models and dictionaries...");
    Pipeline pipeline = PipelineFactory.create(PipelineConfig.defaults());
    List<Event> events = new ArrayList<>();
    int[] failed = {0};
    long start = System.nanoTime();
    ArticleInput articles = new ArticleInput(input, spec.commandLine().getErr());
    try (Store store = Store.open(db)) {
      DocumentWriter writer = new DocumentWriter(store);
      new BatchRunner(pipeline, 2).run(articles, o -> {
        if (o instanceof BatchRunner.Done d) {
          writer.write(d.result());
          events.addAll(d.result().events());
        } else if (o instanceof BatchRunner.Failed f) {
          failed[0]++;
          spec.commandLine().getErr().println("vigie: " + f.article().origin() + ": " + f.stage() + ": "
              + f.error().getMessage());
        }
      });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    writeEvents(events);
    Files.deleteIfExists(corpus);
    if (noServe) {
      printTable(console, events);
    }
    console.printf(Locale.ROOT, "%d articles, %d events in %.1f s; events written to %s, store %s%n",
        articles.articles(), events.size(), seconds, out, db);
    if (noServe) {
      return failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
    }
    if (port < 0 || port > 65535) {
      throw new Main.UsageException("--port: must be 0 to 65535, not " + port);
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

  private void writeEvents(List<Event> events) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    EventJson json = new EventJson(new ObjectMapper());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Event e : events) {
        w.write(json.event(e).toString());
        w.write('\n');
      }
    }
  }

  private static void printTable(PrintWriter console, List<Event> events) {
    String format = "%-10s %-10s %-5s %6s  %-12s %-12s %-4s %s%n";
    console.printf(format, "document", "date", "code", "gold.", "source", "target", "loc.", "evidence");
    for (Event e : events) {
      console.printf(Locale.ROOT, format, cut(e.docId(), 10), e.date(), e.code(),
          String.format(Locale.ROOT, "%.1f", e.goldstein()), cut(e.source().code(), 12),
          cut(e.target().code(), 12), e.location() == null ? "" : e.location().country(),
          cut(e.sourceText() + " | " + e.evidence().trigger() + " | " + e.targetText(), 70));
    }
  }

  private static String cut(String s, int width) {
    return s == null ? "" : s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
