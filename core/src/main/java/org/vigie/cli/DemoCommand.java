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
import org.vigie.model.Event;
import org.vigie.output.EventJson;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie demo}: codes the bundled French sample corpus and shows the events. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Code the bundled French sample corpus, print a summary table and write the events as JSON Lines.")
final class DemoCommand implements Callable<Integer> {

  static final String CORPUS = "/org/vigie/samples/fr/articles.jsonl";

  @Option(names = "--out", defaultValue = "vigie-out/demo-events.jsonl", description = "Where to write the events. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
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
    new BatchRunner(pipeline, 2).run(articles, o -> {
      if (o instanceof BatchRunner.Done d) {
        events.addAll(d.result().events());
      } else {
        failed[0]++;
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    writeEvents(events);
    printTable(console, events);
    console.printf(Locale.ROOT, "%d articles, %d events in %.1f s; events written to %s%n",
        articles.articles(), events.size(), seconds, out);
    Files.deleteIfExists(corpus);
    return failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
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
