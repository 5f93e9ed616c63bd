package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.bench.BenchCorpus;
import org.vigie.bench.ThroughputBench;
import org.vigie.bench.ThroughputBench.Figures;
import org.vigie.model.Article;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineConfig;
import org.vigie.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie bench}: throughput of the full pipeline (which parses only candidate sentences)
 * against the naive baseline (the full CoreNLP French pipeline, NER included, on every sentence),
 * on the same generated corpus, and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = {BenchIngestCommand.class, BenchExtractCommand.class, ApiBenchCommand.class},
    description = {"Measure pipeline throughput against the naive baseline on a generated French corpus.",
        "`vigie bench ingest` measures how ingest scales, `vigie bench extract` the HTML extractor,",
        "`vigie bench api` the web API's latency."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "200", description = "Articles to code. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--tokens", defaultValue = "600", description = "Words per article. Default: ${DEFAULT-VALUE}.")
  int tokens;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--lang", split = ",", defaultValue = "fr,en",
      description = "Languages to measure, in one run. Default: ${DEFAULT-VALUE}.")
  List<String> langs;

  @Option(names = "--baseline-articles", defaultValue = "40", description = "Articles for the (slow) baseline. Default: ${DEFAULT-VALUE}.")
  int baselineArticles;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Pipeline vigie = PipelineFactory.create(PipelineConfig.defaults());
    Pipeline naive = PipelineFactory.create(new PipelineConfig(null, true, true));
    for (String lang : langs) {
      if (!InputOptions.LANGS.contains(lang) || lang.equals("auto")) {
        throw new Main.UsageException("--lang: no benchmark for '" + lang + "' (fr or en)");
      }
      measure(out, lang, vigie, naive);
    }
    out.printf(Locale.ROOT, "max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
    return Main.OK;
  }

  private void measure(PrintWriter out, String lang, Pipeline vigie, Pipeline naive) {
    BenchCorpus generator = new BenchCorpus(lang);
    List<Article> corpus = generator.generate(articles, tokens, 42);
    List<Article> warmup = generator.generate(10, tokens, 7);
    ThroughputBench.run(vigie, warmup, threads);
    System.gc();
    ThroughputBench.resetPeakHeap();
    Figures fast = ThroughputBench.run(vigie, corpus, threads);
    long heap = ThroughputBench.peakHeapBytes();
    report(out, lang + ": vigie (selective parsing)", fast);

    List<Article> sample = corpus.subList(0, Math.min(baselineArticles, corpus.size()));
    ThroughputBench.run(naive, warmup.subList(0, 3), threads);
    Figures slow = ThroughputBench.run(naive, sample, threads);
    report(out, lang + ": naive baseline (full CoreNLP)", slow);
    out.printf(Locale.ROOT, "%s: speed-up %.1fx (articles/s); peak heap during the vigie run %d MiB%n", lang,
        fast.articlesPerSecond() / slow.articlesPerSecond(), heap >> 20);
  }

  private static void report(PrintWriter out, String name, Figures f) {
    out.printf(Locale.ROOT, "%-36s %5d articles %8d tokens %6.1f s  %7.1f articles/s %9.0f tokens/s  %d events%n",
        name, f.articles(), f.tokens(), f.seconds(), f.articlesPerSecond(), f.tokensPerSecond(), f.events());
  }
}
