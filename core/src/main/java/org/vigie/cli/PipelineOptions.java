package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** The options of the commands that code articles: dictionaries and threads. */
final class PipelineOptions {

  @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder of dictionaries replacing the bundled ones: Vigie's files (optionally in fr/ and en/ subfolders) or a PETRARCH-2 set (English).")
  Path dictionaries;

  @Option(names = "--dictionaries-add", paramLabel = "DIR",
      description = "Folder of dictionaries (PETRARCH-2 format, for English) extending the bundled ones.")
  Path addDictionaries;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  /** The pipeline these options ask for. */
  PipelineConfig config() {
    return new PipelineConfig(dictionaries, addDictionaries, false, false);
  }

  /** The number of worker threads, checked. */
  int threads() {
    if (threads < 1) {
      throw new Main.UsageException("--threads: expected a number of threads >= 1, not " + threads);
    }
    return threads;
  }
}
