package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.bench.IngestBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie bench ingest}: ingest throughput, store size and heap for growing generated corpora
 * in one run (see {@link IngestBench} for what is real and what stands in for the NLP).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Measure how ingest time per article, store size and heap grow with the corpus.")
final class BenchIngestCommand implements Callable<Integer> {

  @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
      description = "Corpus sizes, each ingested into a fresh store. Default: ${DEFAULT-VALUE}.")
  List<Integer> sizes;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--events", defaultValue = "4", description = "Events per article. Default: ${DEFAULT-VALUE}.")
  int events;

  @Option(names = "--dir", description = "Where to write the corpora and stores (default: a temporary folder).")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || events < 0 || sizes.stream().anyMatch(n -> n < 1)) {
      throw new Main.UsageException("bench ingest: --sizes and --threads must be positive, --events >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vigie-bench-ingest");
    out.printf(Locale.ROOT, "ingest benchmark: %d threads, %d events per article, NLP replaced by a stand-in,"
        + " max heap %.1f GiB, in %s%n", threads, events, Runtime.getRuntime().maxMemory() / 1073741824.0, root);
    out.printf(Locale.ROOT, "%9s %9s %9s %10s %12s %14s %11s %11s %8s%n", "articles", "events", "seconds",
        "articles/s", "µs/article", "MB/100k events", "peak heap", "live heap", "stories");
    IngestBench bench = new IngestBench(threads, events);
    IngestBench.Point first = null;
    for (int n : sizes) {
      IngestBench.Point p = bench.run(n, root.resolve("n" + n));
      first = first == null ? p : first;
      out.printf(Locale.ROOT, "%9d %9d %9.1f %10.1f %12.0f %14.1f %9.2f G %9.2f G %8d%n", p.stored(), p.events(),
          p.seconds(), p.articlesPerSecond(), p.microsPerArticle(), p.megabytesPer100kEvents(),
          p.peakHeapBytes() / 1073741824.0, p.liveHeapBytes() / 1073741824.0, p.stories());
      out.flush();
    }
    out.printf(Locale.ROOT, "time per article at the largest size vs the smallest: see the µs/article column"
        + " (goal: within ±20%%); heap goal: under 2 GiB at 100k%n");
    return Main.OK;
  }
}
