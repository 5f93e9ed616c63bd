package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.model.Event;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineConfig;
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

  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder of dictionaries replacing the bundled ones.")
  Path dictionaries;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    input.lang();
    input.date();
    Pipeline pipeline = PipelineFactory.create(new PipelineConfig(dictionaries, false));
    ArticleInput articles = new ArticleInput(input, err);
    EventJson json = new EventJson(new ObjectMapper());
    int[] failed = {0};
    new BatchRunner(pipeline, threads).run(articles, outcome -> {
      if (outcome instanceof BatchRunner.Done done) {
        for (Event e : done.result().events()) {
          out.println(json.event(e).toString());
        }
        out.flush();
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
}
