package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.ingest.SourceOptions;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;
import org.vigie.store.CorpusIngest;
import org.vigie.store.Store;
import org.vigie.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie ingest}: codes articles into the store and its full-text index. Prints nothing on
 * stdout; on stderr, errors (one line each), warnings, a progress bar on a terminal and a summary.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Code articles into the store (documents, events, actors) and its full-text index.",
        "Articles already stored are skipped, and so are files read to their end by an earlier run while"
            + " they are unchanged: a killed run is resumed by running it again.",
        "Exit codes: 0 all stored, 1 some records failed (each in the errors table and on stderr),"
            + " 2 usage error or unusable store."})
final class IngestCommand implements Callable<Integer> {

  @Mixin InputOptions input = new InputOptions();
  @Mixin PipelineOptions coding = new PipelineOptions();
  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--quiet", description = "Errors only: no progress, warnings or summary.")
  boolean quiet;

  @Option(names = "--rescan", description = "Read again the files an earlier run finished (stored articles are still skipped).")
  boolean rescan;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String lang = input.lang();
    SourceOptions source = new SourceOptions(input.date(), lang, ArticleInput.MAX_TEXT_CHARS,
        SourceOptions.DEFAULT_MAX_LINE_BYTES);
    CorpusIngest.Options options = new CorpusIngest.Options(source, lang, coding.threads(), rescan);
    PipelineConfig config = coding.config();
    CorpusIngest.Summary summary;
    try (Store store = Store.open(storeOptions.db);
        TextIndex index = TextIndex.openForWriting(store);
        IngestReporter reporter = new IngestReporter(err, quiet, Terminal.stderrIsInteractive())) {
      summary = new CorpusIngest(store, index, () -> PipelineFactory.create(config), options, reporter)
          .run(input.files);
      reporter.summary(summary);
    }
    return summary.errors() == 0 ? Main.OK : Main.SOME_FAILED;
  }
}
