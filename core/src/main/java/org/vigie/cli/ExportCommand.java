package org.vigie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.export.EventExporter;
import org.vigie.export.EventExporter.Format;
import org.vigie.export.GdeltRow;
import org.vigie.store.EventFilter;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie export}: the stored events in JSON lines, CSV, GDELT 2.0 TSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the stored events that the filters keep, to stdout or --output.",
        "jsonl: the event contract lines as stored; csv: a header and one row per event (flat columns);",
        "gdelt: GDELT 2.0 events TSV, one row per aggregated event (day, source, target, code), no header;",
        "parquet: the flat columns (needs --output)."})
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, gdelt or parquet.")
  String format;

  @Option(names = "--db", paramLabel = "FILE", description = "The store. Default: vigie-data/vigie.duckdb.")
  Path db = Store.DEFAULT_PATH;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event day.") String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event day.") String to;
  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code prefix (RUS, RUSMIL).") String source;
  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.") String target;
  @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code prefix.") String actor;
  @Option(names = "--country", paramLabel = "ISO3", description = "Country of the source, target or location.") String country;
  @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code prefix (19, 190).") String code;
  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, two digits.") String root;
  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class.") String quad;
  @Option(names = "--lang", paramLabel = "LANG", description = "Article language (fr, en).") String lang;

  @Option(names = "--verbose", description = "Stack traces with errors.") boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Format f = format();
    EventFilter filter = filter();
    if (f == Format.PARQUET && output == null) {
      throw new Main.UsageException("--format parquet writes a file: give --output FILE");
    }
    try (Store store = open()) {
      EventExporter exporter = new EventExporter(store);
      long rows;
      if (f == Format.PARQUET) {
        rows = exporter.parquet(filter, output);
      } else {
        rows = write(out -> switch (f) {
          case JSONL -> exporter.jsonl(filter, out);
          case CSV -> exporter.csv(filter, out);
          default -> {
            warnAboutStories(store, err);
            yield exporter.gdelt(filter, GdeltRow.bundled(), out);
          }
        });
      }
      err.println("vigie export: " + rows + (f == Format.GDELT ? " aggregated events" : " events") + " written ("
          + format.toLowerCase(Locale.ROOT) + ") to " + (output == null ? "stdout" : output));
    }
    return Main.OK;
  }

  private interface Export {
    long to(Writer out);
  }

  private long write(Export export) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      long rows = export.to(out);
      out.flush();
      return rows;
    }
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      return export.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": " + e.getMessage(), e);
    }
  }

  private Format format() {
    try {
      return Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--format: expected jsonl, csv, gdelt or parquet, not '" + format + "'");
    }
  }

  private EventFilter filter() {
    try {
      return EventFilter.parse(from, to, source, target, actor, country, code, root, quad, lang);
    } catch (EventFilter.BadParameter e) {
      throw new Main.UsageException("--" + e.getMessage());
    }
  }

  private Store open() {
    try {
      return Store.openReadOnly(db);
    } catch (StoreException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /** Stories are assigned at ingest; documents stored without them count as stories of their own. */
  private static void warnAboutStories(Store store, PrintWriter err) {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM documents WHERE status = 'coded' AND story_id IS NULL")) {
      r.next();
      long missing = r.getLong(1);
      if (missing > 0) {
        err.println("vigie export: warning: " + missing + " documents have no story yet (vigie ingest assigns them);"
            + " each counts as a story of its own");
      }
    } catch (SQLException e) {
      throw new StoreException(store.file() + ": " + e.getMessage(), e);
    }
  }
}
