package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.model.Event;
import org.vigie.output.DocumentJson;
import org.vigie.output.EventJson;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.DocumentResult;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigie code}: one JSON event per line on stdout. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles into CAMEO events, one JSON object per event and line.")
final class CodeCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();

  @Mixin PipelineOptions coding = new PipelineOptions();

  @Option(names = "--output", defaultValue = "events",
      description = "events (one JSON event per line, the default) or documents (one JSON object per article: cleaning, actors, dates, quotes, quantities, places, events).")
  String output;

  @Option(names = "--input-format", defaultValue = "text",
      description = "text (plain text and JSON Lines) or conllu (sentences parsed elsewhere). Default: ${DEFAULT-VALUE}.")
  String inputFormat;

  @Spec CommandSpec spec;

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    input.lang();
    input.date();
    if (!output.equals("events") && !output.equals("documents")) {
      throw new Main.UsageException("--output: expected events or documents, not '" + output + "'");
    }
    if (!inputFormat.equals("text") && !inputFormat.equals("conllu")) {
      throw new Main.UsageException("--input-format: expected text or conllu, not '" + inputFormat + "'");
    }
    int threads = coding.threads();
    Pipeline pipeline = PipelineFactory.create(coding.config());
    EventJson json = new EventJson(mapper);
    if (inputFormat.equals("conllu")) {
      return codeConllu(pipeline, json, out, err);
    }
    ArticleInput articles = new ArticleInput(input, err);
    int[] failed = {0};
    new BatchRunner(pipeline, threads).run(articles, outcome -> {
      if (outcome instanceof BatchRunner.Done done) {
        print(out, json, done.result());
      } else if (outcome instanceof BatchRunner.Failed f) {
        failed[0]++;
        err.println("error: " + f.article().origin() + ": " + f.stage() + ": " + f.error().getMessage());
        if (input.verbose) {
          f.error().printStackTrace(err);
        }
      }
    });
    int reading = articles.exitCode();
    return failed[0] == 0 && reading == Main.OK ? Main.OK : Main.SOME_FAILED;
  }

  private void print(PrintWriter out, EventJson json, DocumentResult result) {
    if (output.equals("documents")) {
      out.println(new DocumentJson(mapper).document(result).toString());
    } else {
      for (Event e : result.events()) {
        out.println(json.event(e, result.casualtiesOf(e)).toString());
      }
    }
    out.flush();
  }

  private int codeConllu(Pipeline pipeline, EventJson json, PrintWriter out, PrintWriter err) {
    int failed = 0;
    for (String file : input.files) {
      try {
        for (ConlluInput.Document d : ConlluInput.read(java.nio.file.Path.of(file), input)) {
          print(out, json, pipeline.processParsed(d.article(), d.parsed().sentences(), d.parsed().text()));
        }
      } catch (java.io.IOException | IllegalArgumentException e) {
        failed++;
        err.println("error: " + (e instanceof java.io.IOException ? file + ": cannot read: " : "") + e.getMessage());
      }
    }
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }
}
