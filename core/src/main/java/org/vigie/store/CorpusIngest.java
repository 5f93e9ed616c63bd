package org.vigie.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.InputFiles;
import org.vigie.ingest.SourceOptions;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.ArticleProcessor;

/**
 * Reads inputs into the store: every article not stored yet is coded by the pipeline (on several
 * threads) and written with its events by one thread, one transaction per document, then indexed
 * for full-text search. Feed links are stored as links; every record that fails (unreadable, or
 * failing in the pipeline) is recorded in the {@code errors} table and reported, and the run goes
 * on.
 *
 * <p>Resumable and idempotent: an article whose {@link org.vigie.ingest.ArticleIds#storeKey key}
 * is stored is skipped before the pipeline, and a file read to its end is recorded in the {@code
 * inputs} table, so that a later run skips it unread while its size and modification time are
 * unchanged. A run killed at any moment leaves whole documents only; the next run stores the rest
 * and {@link TextIndex#reconcile} indexes what the killed run stored but had not indexed yet.
 *
 * <p>Library code: it prints nothing and reports through its {@link Listener}.
 */
public final class CorpusIngest {

  /**
   * How to read and code.
   *
   * @param source how to read the inputs
   * @param forcedLang the language to code every article in, or null for each article's own
   * @param threads pipeline threads
   * @param rescan read again the files recorded as finished (their stored articles are still skipped)
   */
  public record Options(SourceOptions source, String forcedLang, int threads, boolean rescan) {

    public Options {
      Objects.requireNonNull(source, "source");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
    }
  }

  /** What a run tells as it goes. Called from the thread that runs {@link #run}. */
  public interface Listener {

    /** The inputs about to be read (unchanged finished files left out), before any is opened. */
    default void reading(List<InputFiles.Input> inputs) {}

    /** A record was handled: stored, skipped, stored as a link or failed. */
    default void progress(Summary soFar) {}

    /** A record was read with a problem but kept; one line. */
    default void warning(String message) {}

    /** A record failed and was recorded in the errors table; one line naming file and record. */
    default void error(String message) {}
  }

  /**
   * What a run did.
   *
   * @param stored documents coded and stored
   * @param skipped articles and links already in the store (or twice in the inputs)
   * @param links feed links stored
   * @param events events of the stored documents
   * @param errors records that failed (read or pipeline), each in the errors table
   * @param unchangedInputs finished files not read again
   * @param stories distinct stories (near-duplicate clusters) in the store after the run
   * @param elapsed time of the run
   */
  public record Summary(long stored, long skipped, long links, long events, long errors, int unchangedInputs,
      int stories, Duration elapsed) {

    Summary withStories(int count) {
      return new Summary(stored, skipped, links, events, errors, unchangedInputs, count, elapsed);
    }

    /** Records handled so far, whatever became of them. */
    public long handled() {
      return stored + skipped + links + errors;
    }

    public double documentsPerSecond() {
      double seconds = elapsed.toMillis() / 1000.0;
      return seconds <= 0 ? 0 : stored / seconds;
    }

    /** The one-line summary {@code vigie ingest} prints. */
    public String line() {
      String unchanged = unchangedInputs == 0 ? ""
          : ", " + count(unchangedInputs, "input")
              + " unchanged since a finished run (not read again; --rescan reads them)";
      return String.format(java.util.Locale.ROOT,
          "%s stored, %d skipped (already stored), %s, %s, %s%s; %s in the store; %.1f s, %.1f documents/s",
          count(stored, "document"), skipped, count(links, "link"), count(events, "event"), count(errors, "error"),
          unchanged, stories + (stories == 1 ? " story" : " stories"), elapsed.toMillis() / 1000.0, documentsPerSecond());
    }

    private static String count(long n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  private final Store store;
  private final TextIndex index;
  private final Supplier<? extends ArticleProcessor> pipeline;
  private final Options options;
  private final Listener listener;

  /**
   * @param pipeline made on the first article that needs coding (a run that only skips loads nothing)
   */
  public CorpusIngest(Store store, TextIndex index, Supplier<? extends ArticleProcessor> pipeline, Options options, Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Ingests the inputs (files, folders, {@code -} for standard input). */
  public Summary run(List<String> names) {
    IngestRun run = new IngestRun(store, index, options, listener);
    List<InputFiles.Input> toRead = new ArrayList<>();
    FinishedInputs finished = new FinishedInputs(store);
    for (InputFiles.Input input : InputFiles.expand(names, run::readIssue)) {
      FinishedInputs.Stamp stamp = input.isStdin() ? null : FinishedInputs.Stamp.of(input.path());
      if (!options.rescan() && stamp != null && finished.isFinished(stamp)) {
        run.unchangedInput();
      } else {
        toRead.add(input);
      }
    }
    listener.reading(List.copyOf(toRead));
    try (IngestFeed feed = new IngestFeed(new ArticleSource(options.source()), toRead, run)) {
      if (feed.hasNext()) {
        new BatchRunner(pipeline.get(), options.threads()).run(feed, run::handle);
      }
    }
    CorpusIngest.Summary summary = run.finish();
    // Stories last: new documents join the near-duplicate clusters of the store (incremental).
    return summary.withStories(Stories.assign(store).stories());
  }
}
