package org.vigie.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.extract.PageExtractor;

/** Extraction throughput: pages handed out to {@code threads} workers, wall-clock time. */
public final class ExtractBench {

  private ExtractBench() {}

  /**
   * @param pages pages extracted
   * @param bytes their total size
   * @param seconds wall-clock time
   * @param withText pages where some text was found
   * @param cpuSeconds CPU time of the workers (on a shared machine, wall-clock time overstates the cost)
   */
  public record Figures(int pages, long bytes, double seconds, int withText, double cpuSeconds) {
    /** Pages per second of CPU time of one core. */
    public double pagesPerCpuSecond() {
      return pages / cpuSeconds;
    }

    public double pagesPerSecond() {
      return pages / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  public static Figures run(PageExtractor extractor, List<byte[]> pages, int threads) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger withText = new AtomicInteger();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long before = cpu.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
            if (!extractor.extract(pages.get(i), null).text().isEmpty()) {
              withText.incrementAndGet();
            }
          }
          cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    return new Figures(pages.size(), bytes, seconds, withText.get(), cpuNanos.get() / 1e9);
  }

  public static List<byte[]> utf8(List<String> pages) {
    return pages.stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList();
  }
}
