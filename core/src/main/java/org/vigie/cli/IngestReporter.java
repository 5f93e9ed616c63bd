package org.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vigie.ingest.InputFiles;
import org.vigie.store.CorpusIngest;

/**
 * What {@code vigie ingest} shows on stderr: errors always, one line each; warnings unless quiet;
 * on a terminal and unless quiet, a progress bar counting records (stored, skipped or failed) with
 * their rate and the time left. The expected total counts one record per line of JSON Lines files
 * and one per other file; it grows when a file (a feed, a WARC archive) holds more.
 */
final class IngestReporter implements CorpusIngest.Listener, AutoCloseable {

  /** Erases the line the bar is drawn on, so that a message does not mix with it. */
  private static final String CLEAR_LINE = "\r\033[K";

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean interactive;
  private ProgressBar bar;

  IngestReporter(PrintWriter err, boolean quiet, boolean interactive) {
    this.err = err;
    this.quiet = quiet;
    this.interactive = interactive;
  }

  @Override
  public void reading(List<InputFiles.Input> inputs) {
    if (quiet || !interactive || inputs.isEmpty()) {
      return;
    }
    long expected = expectedRecords(inputs);
    bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(expected).setUnit(" records", 1)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(stderrStream())).build();
  }

  @Override
  public void progress(CorpusIngest.Summary soFar) {
    if (bar != null) {
      if (bar.getMax() >= 0 && soFar.handled() > bar.getMax()) {
        bar.maxHint(soFar.handled());
      }
      bar.stepTo(soFar.handled());
    }
  }

  @Override
  public void warning(String message) {
    if (!quiet) {
      print("warning: " + message);
    }
  }

  @Override
  public void error(String message) {
    print("error: " + message);
  }

  /** The run's last line (not when quiet). */
  void summary(CorpusIngest.Summary summary) {
    close();
    if (!quiet) {
      err.println("ingest: " + summary.line());
      err.flush();
    }
  }

  private void print(String line) {
    if (bar != null) {
      err.print(CLEAR_LINE);
    }
    err.println(line);
    err.flush();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  private static PrintStream stderrStream() {
    return Main.utf8(java.io.FileDescriptor.err);
  }

  /** One per JSON line, one per other file; -1 (unknown) when standard input is read. */
  static long expectedRecords(List<InputFiles.Input> inputs) {
    long total = 0;
    for (InputFiles.Input input : inputs) {
      if (input.isStdin()) {
        return -1;
      }
      String name = input.path().getFileName().toString().toLowerCase(Locale.ROOT);
      total += name.endsWith(".jsonl") ? nonBlankLines(input.path()) : 1;
    }
    return total;
  }

  private static long nonBlankLines(Path file) {
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 1; // the ingest reports the file when it reads it
    }
    return lines + (content ? 1 : 0);
  }
}
