package org.vigie.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.model.Article;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.Pipeline;

/** Measures a pipeline over a list of articles: articles/s, tokens/s, events. */
public final class ThroughputBench {

  /** What one run measured. */
  public record Figures(int articles, long tokens, long events, double seconds) {

    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private ThroughputBench() {}

  public static Figures run(Pipeline pipeline, List<Article> articles, int threads) {
    AtomicLong tokens = new AtomicLong();
    AtomicLong events = new AtomicLong();
    long start = System.nanoTime();
    new BatchRunner(pipeline, threads).run(articles.iterator(), o -> {
      if (o instanceof BatchRunner.Done d && d.result().resolved() != null) {
        d.result().resolved().document().sentences().forEach(s -> tokens.addAndGet(s.tokens().size()));
        events.addAndGet(d.result().events().size());
      }
    });
    return new Figures(articles.size(), tokens.get(), events.get(), (System.nanoTime() - start) / 1e9);
  }

  /** Resets the peak heap usage, so that {@link #peakHeapBytes} measures from now. */
  public static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since the last reset. */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
