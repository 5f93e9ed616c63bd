package org.vigie.ingest;

import java.io.Closeable;
import java.util.function.Consumer;

/** An open input that gives its results a few at a time, so a large file is never all held. */
interface InputReader extends Closeable {

  /**
   * Passes the next results (possibly none) to {@code out}; never throws for bad data or failed
   * reads, which become issues.
   *
   * @return false when the input is exhausted
   */
  boolean readMore(Consumer<ReadResult> out);
}
