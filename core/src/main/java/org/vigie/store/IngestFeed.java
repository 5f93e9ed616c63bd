package org.vigie.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.InputFiles;
import org.vigie.ingest.ReadIssue;
import org.vigie.ingest.ReadResult;
import org.vigie.model.Article;

/**
 * The articles of an ingest run that need coding, input after input: links and read issues are
 * handed to the run as they come, articles already stored are skipped, and the end of each file is
 * reported so that the run can record it once its last article is written.
 */
final class IngestFeed implements Iterator<Article>, AutoCloseable {

  private final ArticleSource source;
  private final Deque<InputFiles.Input> pending;
  private final IngestRun run;
  private Stream<ReadResult> stream;
  private Iterator<ReadResult> current;
  private FinishedInputs.Stamp stamp;
  private int records;
  private Article next;

  IngestFeed(ArticleSource source, List<InputFiles.Input> inputs, IngestRun run) {
    this.source = source;
    this.pending = new ArrayDeque<>(inputs);
    this.run = run;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current != null && current.hasNext()) {
        take(current.next());
      } else if (current != null) {
        endInput();
      } else if (!pending.isEmpty()) {
        open(pending.poll());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  private void open(InputFiles.Input input) {
    // the stamp is taken before reading: a file changed while it is read is read again next time
    stamp = input.isStdin() ? null : FinishedInputs.Stamp.of(input.path());
    records = 0;
    stream = source.read(List.of(input.name()));
    current = stream.iterator();
  }

  private void take(ReadResult r) {
    if (r instanceof ReadResult.Ok ok) {
      records++;
      Article a = run.forcedLang() == null ? ok.article() : ok.article().withLang(run.forcedLang());
      if (run.admit(a)) {
        next = a;
      }
    } else if (r instanceof ReadResult.Link link) {
      records++;
      run.link(link);
    } else if (r instanceof ReadIssue issue) {
      run.readIssue(issue);
    }
  }

  private void endInput() {
    stream.close();
    stream = null;
    current = null;
    if (stamp != null) {
      run.inputEnded(stamp, records);
    }
  }

  @Override
  public void close() {
    if (stream != null) {
      stream.close();
    }
  }
}
