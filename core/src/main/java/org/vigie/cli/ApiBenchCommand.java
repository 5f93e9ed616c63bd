package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigie.api.ApiConfig;
import org.vigie.api.ApiServer;
import org.vigie.bench.ApiLoadBench;
import org.vigie.bench.SyntheticStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie bench api}: latency of the API's main endpoints under a steady open-loop load, on
 * loopback, over a generated store (or a given one).
 */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = {"Measure p50/p99 latency of the API's main endpoints at a steady request rate on loopback,",
        "over a generated store of --events events (made in a temporary folder, removed after) or --db.",
        "'1st ms' is the median time of each path's first request, one at a time (computed by DuckDB);",
        "p50/p99 are under load, counted from each request's due time."})
final class ApiBenchCommand implements Callable<Integer> {

  @Option(names = "--events", defaultValue = "1000000", description = "Events to generate. Default: ${DEFAULT-VALUE}.")
  long events;

  @Option(names = "--db", description = "Measure this store instead of generating one (paths then use its keys).")
  Path db;

  @Option(names = "--rate", defaultValue = "200", description = "Requests per second. Default: ${DEFAULT-VALUE}.")
  int rate;

  @Option(names = "--seconds", defaultValue = "10", description = "Seconds of load per endpoint. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--no-cache", description = "Compute every answer afresh (no answer cache in the server).")
  boolean noCache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (rate < 1 || rate > 10_000 || seconds <= 0 || seconds > 600 || events < 1) {
      throw new Main.UsageException("--rate 1-10000, --seconds up to 600 and --events >= 1 please");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = null;
    Path store = db;
    if (store == null) {
      dir = Files.createTempDirectory("vigie-bench-api");
      store = dir.resolve("bench.duckdb");
      long start = System.nanoTime();
      SyntheticStore.create(store, events);
      out.printf(Locale.ROOT, "generated %,d events in %.1f s (%s, %,d MB)%n", events,
          (System.nanoTime() - start) / 1e9, store, Files.size(store) >> 20);
      out.flush();
    }
    ApiConfig config = noCache ? ApiConfig.loopback(store).withoutCache() : ApiConfig.loopback(store);
    try (ApiServer server = ApiServer.start(config)) {
      ApiLoadBench bench = new ApiLoadBench("http://127.0.0.1:" + server.port());
      out.printf(Locale.ROOT, "%d requests/s, %.0f s per endpoint, open loop, latency from the due time, %s%n", rate,
          seconds, noCache ? "no answer cache" : "answer cache on (each path computed once, then served from memory)");
      out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %7s %s%n", "endpoint", "1st ms", "p50 ms", "p99 ms",
          "max ms", "req/s", "errors", "paths");
      for (Map.Entry<String, List<String>> e : endpoints().entrySet()) {
        double first = bench.firstTimeMedian(e.getValue()); // computed by DuckDB, one at a time
        bench.run(e.getKey(), e.getValue(), rate, Math.min(2, seconds)); // warm-up, not counted
        ApiLoadBench.Figures f = bench.run(e.getKey(), e.getValue(), rate, seconds);
        out.printf(Locale.ROOT, "%-22s %8.1f %8.1f %8.1f %8.1f %8.0f %7d %s%n", f.name(), first, f.percentile(50),
            f.percentile(99), f.max(), f.perSecond(), f.errors(), e.getValue().get(0)
                + (e.getValue().size() > 1 ? " (+" + (e.getValue().size() - 1) + " more)" : ""));
        out.flush();
      }
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
    return Main.OK;
  }

  /** The main endpoints, each with a few variants of its parameters. */
  private Map<String, List<String>> endpoints() {
    long documents = Math.max(1, events / SyntheticStore.EVENTS_PER_DOCUMENT);
    List<String> docs = new ArrayList<>();
    List<String> oneEvent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long d = (i * 7919L) % documents;
      docs.add("/api/documents/syn-" + d);
      oneEvent.add("/api/events/syn-" + d + "/e" + (d * SyntheticStore.EVENTS_PER_DOCUMENT));
    }
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("summary", List.of("/api/summary"));
    m.put("events", List.of("/api/events", "/api/events?offset=500", "/api/events?limit=200"));
    m.put("events filtered", List.of("/api/events?actor=RUS", "/api/events?country=SYR&quad=4",
        "/api/events?from=2016-01-01&to=2016-03-31", "/api/events?code=19&lang=fr", "/api/events?source=USAGOV"));
    m.put("event", oneEvent);
    m.put("document", docs);
    m.put("timeline", List.of("/api/timeline", "/api/timeline?interval=week", "/api/timeline?interval=month"));
    m.put("timeline filtered", List.of("/api/timeline?actor=RUS", "/api/timeline?country=SYR&interval=week",
        "/api/timeline?quad=4"));
    m.put("actors", List.of("/api/actors", "/api/actors?role=source", "/api/actors?country=IRN"));
    m.put("network", List.of("/api/network", "/api/network?quad=4", "/api/network?from=2016-01-01&to=2016-12-31"));
    m.put("map", List.of("/api/map", "/api/map?actor=USA", "/api/map?root=19"));
    return m;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
