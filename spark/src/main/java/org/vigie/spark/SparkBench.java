package org.vigie.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.vigie.bench.BenchCorpus;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReadResult;
import org.vigie.ingest.SourceOptions;
import org.vigie.model.Article;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.Pipeline;
import org.vigie.store.DocumentWriter;
import org.vigie.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigie spark bench}: the same generated corpus coded by one process as {@code vigie ingest}
 * does (read, pipeline on N threads, DuckDB store) and by the Spark job on {@code local[N]}; prints
 * articles/s of each, their ratio and the heap used. Both use this JVM's one pipeline, warmed up
 * first, so model loading is counted in neither. Figures only: nothing here fails on timing.
 */
@Command(name = "vigie spark bench", mixinStandardHelpOptions = true,
    description = "Single process against the Spark job on local[N], on one generated corpus.")
public final class SparkBench implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "10000", description = "Articles. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--tokens", defaultValue = "600", description = "Words per article. Default: ${DEFAULT-VALUE}.")
  int tokens;

  @Option(names = "--lang", split = ",", defaultValue = "fr,en",
      description = "Languages, in equal shares. Default: ${DEFAULT-VALUE}.")
  List<String> langs;

  @Option(names = "--threads", defaultValue = "2",
      description = "Worker threads of the single process, and N of local[N]. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--store", description = "Single process writes a DuckDB store as `vigie ingest` does (its writer, not the "
      + "pipeline, then sets the pace). Default: the pipeline alone, as `vigie code` and `vigie bench`.")
  boolean store;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus, store and Parquet go. Default: a temporary folder.")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("vigie-spark-bench");
    Path corpus = dir.resolve("corpus.jsonl");
    write(corpus, generate(articles, 42));
    Path warmup = dir.resolve("warmup.jsonl");
    write(warmup, generate(10 * langs.size(), 7));
    out.printf(Locale.ROOT, "corpus: %d articles of ~%d words (%s) in %s; max heap %.1f GiB%n", articles, tokens,
        String.join("+", langs), corpus, Runtime.getRuntime().maxMemory() / (double) (1L << 30));

    Pipeline pipeline = ExecutorPipelines.get(PipelineSettings.BUNDLED);
    singleProcess(pipeline, warmup, dir.resolve("warmup.duckdb"));
    resetPeaks();
    Figures single = singleProcess(pipeline, corpus, dir.resolve("store.duckdb"));
    print(out, "single process (" + threads + " threads" + (store ? ", DuckDB store)" : ")"), single);

    long startup = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("vigie-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    double startupSeconds = (System.nanoTime() - startup) / 1e9;
    try {
      new CodeRun(spark, new JobOptions(List.of(warmup.toString()), dir.resolve("warmup-out").toString(),
          JobOptions.Format.JSONL, null, null, 0, true)).run();
      resetPeaks();
      long cpu = cpuNanos();
      JobSummary s = new CodeRun(spark, new JobOptions(List.of(corpus.toString()), dir.resolve("out").toString(),
          JobOptions.Format.JSONL, null, null, 0, true)).run();
      Figures job = new Figures(s.documents(), s.events(), s.seconds(), (cpuNanos() - cpu) / 1e9, peakHeap());
      print(out, "Spark job (local[" + threads + "], Parquet)", job);
      out.printf(Locale.ROOT, "Spark session start-up (not counted above): %.1f s%n", startupSeconds);
      out.printf(Locale.ROOT, "ratio Spark / single process: %.2fx in articles/s, %.2fx in articles per CPU second%n",
          job.articlesPerSecond() / single.articlesPerSecond(),
          job.articlesPerCpuSecond() / single.articlesPerCpuSecond());
      if (job.events() != single.events() || job.articles() != single.articles()) {
        out.printf(Locale.ROOT, "warning: the runs differ (%d/%d articles, %d/%d events)%n", job.articles(),
            single.articles(), job.events(), single.events());
      }
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** What one run did. */
  record Figures(long articles, long events, double seconds, double cpuSeconds, long peakHeap) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    /** Articles per second of CPU time of the whole JVM: robust to other processes on the machine. */
    double articlesPerCpuSecond() {
      return articles / cpuSeconds;
    }
  }

  /**
   * As {@code vigie code}: articles read from the file, coded on N threads; with {@code --store},
   * written to a DuckDB store as {@code vigie ingest} does.
   */
  private Figures singleProcess(Pipeline pipeline, Path corpus, Path db) throws IOException {
    Files.deleteIfExists(db);
    AtomicLong documents = new AtomicLong();
    AtomicLong events = new AtomicLong();
    long start = System.nanoTime();
    long cpu = cpuNanos();
    try (Store opened = store ? Store.open(db) : null;
        Stream<ReadResult> read = new ArticleSource(SourceOptions.defaults()).read(corpus.toString())) {
      DocumentWriter writer = opened == null ? null : new DocumentWriter(opened);
      var articles = read.filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).article()).iterator();
      new BatchRunner(pipeline, threads).run(articles, o -> {
        if (o instanceof BatchRunner.Done d) {
          if (writer != null) {
            writer.write(d.result());
          }
          documents.incrementAndGet();
          events.addAndGet(d.result().events().size());
        }
      });
    }
    return new Figures(documents.get(), events.get(), (System.nanoTime() - start) / 1e9, (cpuNanos() - cpu) / 1e9,
        peakHeap());
  }

  private List<Article> generate(int n, long seed) {
    List<Article> all = new ArrayList<>(n);
    for (int i = 0; i < langs.size(); i++) {
      int share = n / langs.size() + (i < n % langs.size() ? 1 : 0);
      all.addAll(new BenchCorpus(langs.get(i)).generate(share, tokens, seed));
    }
    return all;
  }

  private static void write(Path file, List<Article> articles) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("date", a.date() == null ? null : a.date().toString());
        o.put("lang", a.lang());
        o.put("text", a.text());
        w.write(o.toString());
        w.newLine();
      }
    }
  }

  private static void print(PrintStream out, String name, Figures f) {
    out.printf(Locale.ROOT,
        "%-44s %6d articles %7d events %7.1f s %7.2f articles/s %7.1f CPU s %6.2f articles/CPU s  peak heap %.2f GiB%n",
        name, f.articles(), f.events(), f.seconds(), f.articlesPerSecond(), f.cpuSeconds(), f.articlesPerCpuSecond(),
        f.peakHeap() / (double) (1L << 30));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap the run needed. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
