package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.store.Store;
import picocli.CommandLine.Option;

/** Where the store is: the DuckDB file, with its full-text index in {@code <file>.index/} beside it. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "FILE", description = "The store (DuckDB file; its full-text index is the folder FILE.index beside it). Default: ${DEFAULT-VALUE}.")
  Path db = Store.DEFAULT_PATH;
}
