package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.api.ApiConfig;
import org.vigie.api.ApiServer;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie serve}: the dashboard and the JSON API over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the dashboard and the read-only JSON API over a store (until Ctrl-C).",
        "The API is described at /api/openapi.json."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", description = "The store file. Default: ${DEFAULT-VALUE}.")
  Path db = Store.DEFAULT_PATH;

  @Option(names = "--host", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String host = ApiConfig.DEFAULT_HOST;

  @Option(names = "--port", description = "TCP port (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port = ApiConfig.DEFAULT_PORT;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "Let pages from this origin (e.g. http://localhost:3000) call the API. Default: none.")
  String cors;

  @Option(names = "--cache-mb", description = "Memory for answers already computed (0: none). Default: ${DEFAULT-VALUE}.")
  int cacheMegabytes = ApiConfig.DEFAULT_CACHE_MB;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new Main.UsageException("--port: must be 0 to 65535, not " + port);
    }
    if (cacheMegabytes < 0) {
      throw new Main.UsageException("--cache-mb: must be 0 or more, not " + cacheMegabytes);
    }
    serve(spec.commandLine().getOut(), new ApiConfig(db, host, port, cors, cacheMegabytes));
    return Main.OK;
  }

  /** Starts the server, prints its address and blocks until the JVM is asked to stop. */
  static void serve(PrintWriter out, ApiConfig config) throws InterruptedException {
    ApiServer server;
    try {
      server = ApiServer.start(config);
    } catch (StoreException e) {
      throw new Main.UsageException(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "vigie-serve-stop"));
    out.println("Vigie dashboard: " + server.url() + "  (API: " + server.url() + "api/openapi.json; Ctrl-C stops)");
    out.flush();
    stopped.await();
  }
}
