package org.vigie.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.vigie.ingest.ArticleIds;
import org.vigie.ingest.ReadIssue;
import org.vigie.ingest.ReadResult;
import org.vigie.model.Article;
import org.vigie.pipeline.BatchRunner;
import org.vigie.pipeline.DocumentResult;

/**
 * The state of one {@link CorpusIngest} run: counters, the articles in the pipeline, the files
 * read to their end whose last article is not written yet. Everything here runs on the run's one
 * thread (reading, skipping and writing); only the pipeline works on other threads.
 */
final class IngestRun {

  /** Commit the full-text index after this many documents, or this long, whichever comes first. */
  private static final int COMMIT_EVERY_DOCUMENTS = 200;
  private static final long COMMIT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

  /** A file read to its end, to record once the articles submitted before its end are written. */
  private record Ended(FinishedInputs.Stamp stamp, int records, long submittedBefore) {}

  private final Store store;
  private final TextIndex index;
  private final DocumentWriter writer;
  private final FinishedInputs finished;
  private final CorpusIngest.Options options;
  private final CorpusIngest.Listener listener;
  private final long start = System.nanoTime();
  private final Set<String> inFlight = new HashSet<>();
  private final Deque<Ended> ended = new ArrayDeque<>();
  private long submitted;
  private long handled;
  private long stored;
  private long skipped;
  private long links;
  private long events;
  private long errors;
  private int unchangedInputs;
  private int uncommitted;
  private long lastCommit = System.nanoTime();

  IngestRun(Store store, TextIndex index, CorpusIngest.Options options, CorpusIngest.Listener listener) {
    this.store = store;
    this.index = index;
    this.writer = new DocumentWriter(store);
    this.finished = new FinishedInputs(store);
    this.options = options;
    this.listener = listener;
  }

  String forcedLang() {
    return options.forcedLang();
  }

  void unchangedInput() {
    unchangedInputs++;
  }

  /** Whether the article needs coding; counts it as skipped when it is stored or on its way. */
  boolean admit(Article article) {
    String key = ArticleIds.storeKey(article);
    if (inFlight.contains(key) || store.isCoded(key)) {
      skipped++;
      listener.progress(summary());
      return false;
    }
    inFlight.add(key);
    submitted++;
    return true;
  }

  void link(ReadResult.Link link) {
    if (store.contains(DocumentWriter.linkKey(link))) {
      skipped++;
    } else {
      writer.writeLink(link);
      links++;
    }
    listener.progress(summary());
  }

  void readIssue(ReadIssue issue) {
    if (issue.severity() == ReadIssue.Severity.WARNING) {
      listener.warning(issue.message());
      return;
    }
    errors++;
    String where = issue.line() == 0 ? issue.origin() : issue.origin() + ":" + issue.line();
    store.recordError(where, "read", issue.reason());
    listener.error(issue.message());
    listener.progress(summary());
  }

  void inputEnded(FinishedInputs.Stamp stamp, int records) {
    ended.add(new Ended(stamp, records, submitted));
    recordEndedInputs();
  }

  /** Writes what the pipeline made of one article (called in input order). */
  void handle(BatchRunner.Outcome outcome) {
    handled++;
    inFlight.remove(ArticleIds.storeKey(outcome.article()));
    if (outcome instanceof BatchRunner.Done done) {
      store(done.result());
    } else if (outcome instanceof BatchRunner.Failed f) {
      errors++;
      String reason = f.error().getMessage() == null ? f.error().getClass().getSimpleName()
          : f.error().getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
      String origin = f.article().origin() == null ? f.article().id() : f.article().origin();
      store.recordError(origin, f.stage(), reason);
      listener.error(origin + ": " + f.stage() + ": " + reason);
    }
    recordEndedInputs();
    listener.progress(summary());
  }

  private void store(DocumentResult result) {
    String key = writer.write(result);
    Article a = result.cleaned().article();
    String lang = result.resolved() != null ? result.resolved().document().lang() : a.lang();
    index.add(key, a.title(), result.cleaned().text(), a.date(), lang);
    stored++;
    events += result.events().size();
    uncommitted++;
    if (uncommitted >= COMMIT_EVERY_DOCUMENTS || System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
      commitIndex();
    }
  }

  private void commitIndex() {
    index.commit();
    uncommitted = 0;
    lastCommit = System.nanoTime();
  }

  private void recordEndedInputs() {
    while (!ended.isEmpty() && ended.peek().submittedBefore() <= handled) {
      Ended e = ended.poll();
      finished.finish(e.stamp(), e.records());
    }
  }

  /** Ends the run: every input read is recorded, the index committed. */
  CorpusIngest.Summary finish() {
    recordEndedInputs();
    if (!ended.isEmpty()) {
      throw new IllegalStateException("inputs left unrecorded: " + ended);
    }
    commitIndex();
    return summary();
  }

  CorpusIngest.Summary summary() {
    return new CorpusIngest.Summary(stored, skipped, links, events, errors, unchangedInputs,
        Duration.ofNanos(System.nanoTime() - start));
  }
}
