package org.vigie.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop HTTP load: requests leave at a fixed rate whatever the server's speed, and each
 * latency is counted from the moment its request was due, so a slow server cannot hide its
 * queueing (no coordinated omission). Requests cycle through a list of paths.
 */
public final class ApiLoadBench {

  /** What one endpoint got: latencies in milliseconds, sorted, and the failures. */
  public record Figures(String name, double[] millis, int errors, double seconds) {
    public double percentile(double p) {
      if (millis.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * millis.length) - 1;
      return millis[Math.max(0, Math.min(millis.length - 1, i))];
    }

    public double max() {
      return millis.length == 0 ? Double.NaN : millis[millis.length - 1];
    }

    public double perSecond() {
      return millis.length / seconds;
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  /** @param base the server's address, e.g. {@code http://127.0.0.1:7070} */
  public ApiLoadBench(String base) {
    this.base = base;
  }

  /**
   * Sends each path once, one after the other, and returns the median time in milliseconds: with
   * a fresh server, what an answer costs to compute (before any cache has it).
   */
  public double firstTimeMedian(List<String> paths) {
    double[] millis = new double[paths.size()];
    for (int i = 0; i < paths.size(); i++) {
      HttpRequest r = HttpRequest.newBuilder(URI.create(base + paths.get(i))).timeout(Duration.ofSeconds(60)).GET()
          .build();
      long start = System.nanoTime();
      try {
        client.send(r, HttpResponse.BodyHandlers.discarding());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis[millis.length / 2];
  }

  /** Sends {@code rate} requests per second for {@code seconds} to the {@code paths} in turn. */
  public Figures run(String name, List<String> paths, int rate, double seconds) {
    if (rate < 1 || seconds <= 0 || paths.isEmpty()) {
      throw new IllegalArgumentException("rate >= 1, seconds > 0 and at least one path needed");
    }
    List<HttpRequest> requests = new ArrayList<>();
    for (String p : paths) {
      requests.add(HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofSeconds(30)).GET().build());
    }
    int total = (int) Math.round(rate * seconds);
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    double[] millis = new double[total];
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int slot = i;
      pending.add(client.sendAsync(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString())
          .whenComplete((r, e) -> {
            millis[slot] = (System.nanoTime() - due) / 1e6;
            if (e != null || r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    Arrays.sort(millis);
    return new Figures(name, millis, errors.get(), elapsed);
  }
}
