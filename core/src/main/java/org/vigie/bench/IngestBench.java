package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.vigie.clean.TextCleaner;
import org.vigie.ingest.SourceOptions;
import org.vigie.model.Actor;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.DateMention;
import org.vigie.model.Event;
import org.vigie.model.Evidence;
import org.vigie.model.Span;
import org.vigie.pipeline.ArticleProcessor;
import org.vigie.pipeline.DocumentResult;
import org.vigie.store.CorpusIngest;
import org.vigie.store.Store;
import org.vigie.store.TextIndex;

/**
 * How ingest scales with the corpus: the real {@code vigie ingest} path (JSONL file read,
 * already-stored check, cleaning, one writer into DuckDB, Lucene index, stories) on generated
 * corpora of growing size, each into a fresh store, reporting time per article, store size per
 * 100,000 events and heap.
 *
 * <p>The NLP stages are replaced by a constant-cost stand-in that makes a few events per article
 * from its sentences: their cost per article does not depend on the corpus size (it is measured by
 * {@code vigie bench}), while everything that could grow with the corpus — key lookups, inserts,
 * the index, story clustering, memory — runs for real.
 */
public final class IngestBench {

  /** What one corpus size gave. */
  public record Point(int articles, long stored, long events, double seconds, long storeBytes, long indexBytes,
      long peakHeapBytes, long liveHeapBytes, int stories) {

    public double articlesPerSecond() {
      return stored / seconds;
    }

    public double microsPerArticle() {
      return seconds * 1e6 / stored;
    }

    /** Store file and index together, per 100,000 events. */
    public double megabytesPer100kEvents() {
      return events == 0 ? 0 : (storeBytes + indexBytes) / 1e6 * 100_000 / events;
    }
  }

  private static final Actor[] ACTORS = {
    new Actor("RUSGOV", "Russie", "RUS"), new Actor("USAGOV", "Etats-Unis", "USA"),
    new Actor("SYRREB", "rebelles syriens", "SYR"), new Actor("IMGMUSISI", "Etat islamique", null),
    new Actor("FRA", "France", "FRA"), new Actor("TURMIL", "armée turque", "TUR")};
  private static final String[] CODES = {"190", "042", "111", "036", "173", "057"};

  private final int threads;
  private final int eventsPerArticle;

  public IngestBench(int threads, int eventsPerArticle) {
    this.threads = threads;
    this.eventsPerArticle = eventsPerArticle;
  }

  /** Generates {@code articles} articles into {@code dir}, ingests them into a fresh store there. */
  public Point run(int articles, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path input = dir.resolve("articles.jsonl");
    writeCorpus(input, articles);
    Path db = dir.resolve("bench.duckdb");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    HeapSampler sampler = new HeapSampler(memory);
    sampler.start();
    long start = System.nanoTime();
    CorpusIngest.Summary summary;
    try (Store store = Store.open(db); TextIndex index = TextIndex.openForWriting(store)) {
      TextCleaner cleaner = TextCleaner.withDefaultRules();
      ArticleProcessor standIn = article -> standIn(cleaner.clean(article));
      summary = new CorpusIngest(store, index, () -> standIn,
          new CorpusIngest.Options(SourceOptions.defaults(), null, threads, false), new CorpusIngest.Listener() {})
          .run(List.of(input.toString()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    System.gc();
    long live = memory.getHeapMemoryUsage().getUsed();
    return new Point(articles, summary.stored(), summary.events(), seconds, Files.size(db),
        sizeOf(TextIndex.folderOf(db)), sampler.peak.get(), live, summary.stories());
  }

  /** Events from the first sentences of the cleaned text, as a coder finding a few per article would. */
  private DocumentResult standIn(CleanArticle cleaned) {
    String text = cleaned.text();
    List<Event> events = new ArrayList<>();
    int from = 0;
    int hash = cleaned.id().hashCode();
    for (int i = 0; i < eventsPerArticle; i++) {
      int end = text.indexOf(". ", from);
      if (end < 0) {
        break;
      }
      String sentence = text.substring(from, end + 1);
      Actor source = ACTORS[Math.floorMod(hash + i, ACTORS.length)];
      Actor target = ACTORS[Math.floorMod(hash + i + 1, ACTORS.length)];
      String code = CODES[Math.floorMod(hash * 31 + i, CODES.length)];
      int trigger = from + sentence.length() / 2;
      LocalDate date = cleaned.article().date();
      events.add(new Event(cleaned.id(), cleaned.id() + "-" + i, i, sentence, date == null ? null : date.toString(),
          DateMention.Precision.DAY, code, Integer.parseInt(code) >= 180 ? 4 : 1, code.startsWith("19") ? -10 : 3,
          source, source.name(), target, target.name(), null,
          new Evidence("mot", "bench", trigger, trigger + 3), "fr", null,
          new Span(from, Math.min(end, from + 10)), null));
      from = end + 2;
    }
    return new DocumentResult(cleaned, null, events, List.of(), List.of(), List.of(), List.of());
  }

  private static void writeCorpus(Path file, int n) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Article> template = new BenchCorpus("fr").generate(Math.min(n, 2_000), 250, 7);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        Article a = template.get(i % template.size());
        ObjectNode o = mapper.createObjectNode();
        o.put("id", "bench-" + i);
        o.put("url", "https://bench.example/" + (i % 97) + "/article-" + i);
        o.put("date", a.date().plusDays(i / template.size()).toString());
        o.put("lang", "fr");
        // the template texts repeat every 2,000 articles: a different first sentence keeps each one new
        o.put("text", "Dépêche numéro " + i + " du service international. " + a.text());
        w.write(o.toString());
        w.write('\n');
      }
    }
  }

  private static long sizeOf(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The largest heap occupancy seen, sampled every 50 ms. */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory;
    final AtomicLong peak = new AtomicLong();

    HeapSampler(MemoryMXBean memory) {
      super("vigie-heap-sampler");
      setDaemon(true);
      this.memory = memory;
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
