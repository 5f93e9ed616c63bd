package org.vigie.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the caller's inputs one after the other, opening each only when the previous one is
 * exhausted, and hands out their results in order.
 */
final class ResultIterator implements Iterator<ReadResult>, Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ResultIterator.class);

  private final Deque<String> names;
  private final Deque<InputFinder.Input> inputs = new ArrayDeque<>();
  private final Deque<ReadResult> ready = new ArrayDeque<>();
  private final BiFunction<InputFinder.Input, Consumer<ReadResult>, InputReader> opener;
  private InputReader current;

  /**
   * @param opener opens an input; reports why and returns null when it gives nothing more to read
   */
  ResultIterator(
      List<String> names, BiFunction<InputFinder.Input, Consumer<ReadResult>, InputReader> opener) {
    this.names = new ArrayDeque<>(names);
    this.opener = opener;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (!step()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  /** Does one unit of work; false when everything has been read. */
  private boolean step() {
    if (current != null) {
      if (!current.readMore(ready::add)) {
        closeCurrent();
      }
    } else if (!inputs.isEmpty()) {
      InputFinder.Input input = inputs.poll();
      LOG.debug("reading {}", input.origin());
      current = opener.apply(input, ready::add);
    } else if (!names.isEmpty()) {
      inputs.addAll(InputFinder.find(names.poll(), ready::add));
    } else {
      return false;
    }
    return true;
  }

  private void closeCurrent() {
    try {
      current.close();
    } catch (IOException e) {
      LOG.debug("closing an input failed", e);
    }
    current = null;
  }

  /** Closes the input being read, if reading stopped before the end. */
  @Override
  public void close() {
    if (current != null) {
      closeCurrent();
    }
    names.clear();
    inputs.clear();
  }
}
