package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.vigie.bench.ExtractBench;
import org.vigie.bench.ExtractBenchPages;
import org.vigie.extract.HtmlExtractor;
import org.vigie.extract.PageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie bench extract}: extraction throughput (pages/s, MB/s) on article pages padded to
 * 100–300 KB with scripts, styles, menus, related grids and comment threads.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Measure HTML extraction throughput on pages of typical size (100-300 KB).")
final class BenchExtractCommand implements Callable<Integer> {

  @Option(names = "--pages", defaultValue = "600", description = "Pages to extract. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--from", paramLabel = "DIR",
      description = "Article pages to pad (e.g. core/src/test/resources/extract); default: generated French and English pages.")
  Path from;

  @Option(names = "--min-kb", defaultValue = "100", description = "Smallest page. Default: ${DEFAULT-VALUE} KB.")
  int minKb;

  @Option(names = "--max-kb", defaultValue = "300", description = "Largest page. Default: ${DEFAULT-VALUE} KB.")
  int maxKb;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (pages < 1 || threads < 1 || minKb < 1 || maxKb < minKb) {
      throw new Main.UsageException("bench extract: --pages, --threads, --min-kb must be positive and --max-kb >= --min-kb");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> seeds = seeds();
    Random random = new Random(42);
    List<String> padded = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      padded.add(ExtractBenchPages.pad(seeds.get(i % seeds.size()), minKb * 1000, maxKb * 1000, random));
    }
    List<byte[]> corpus = ExtractBench.utf8(padded);
    HtmlExtractor extractor = new HtmlExtractor();
    // Warm-up on the whole corpus once, so that the measured run sees compiled code.
    ExtractBench.run(extractor, corpus, threads);
    ExtractBench.Figures f = ExtractBench.run(extractor, corpus, threads);
    out.printf(Locale.ROOT, "extract: %d pages (%d seeds), %.0f KB on average, %d threads: %.1f s, %.0f pages/s, %.1f MB/s; "
            + "text found in %d pages%n", f.pages(), seeds.size(), f.bytes() / 1000.0 / f.pages(), threads, f.seconds(),
        f.pagesPerSecond(), f.megabytesPerSecond(), f.withText());
    out.printf(Locale.ROOT, "extract: %.1f CPU s, %.0f pages per CPU second: %.0f pages/s on %d dedicated cores "
            + "(wall-clock figures are lower on a busy machine)%n", f.cpuSeconds(), f.pagesPerCpuSecond(),
        f.pagesPerCpuSecond() * threads, threads);
    return Main.OK;
  }

  private List<String> seeds() throws IOException {
    if (from == null) {
      List<String> seeds = new ArrayList<>(ExtractBenchPages.generatedSeeds("fr", 20, 1));
      seeds.addAll(ExtractBenchPages.generatedSeeds("en", 20, 2));
      return seeds;
    }
    List<String> seeds = new ArrayList<>();
    for (Path p : PageFiles.find(from)) {
      seeds.add(new String(PageFiles.read(p), StandardCharsets.UTF_8));
    }
    if (seeds.isEmpty()) {
      throw new Main.UsageException("bench extract: no HTML page in " + from);
    }
    return seeds;
  }
}
