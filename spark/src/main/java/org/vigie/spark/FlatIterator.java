package org.vigie.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Each element of a partition turned into zero or more outputs, lazily, so that a partition is
 * never held in memory whole.
 */
final class FlatIterator<T, R> implements Iterator<R> {

  private final Iterator<T> in;
  private final Function<T, Iterator<R>> expand;
  private Iterator<R> current = Collections.emptyIterator();

  FlatIterator(Iterator<T> in, Function<T, Iterator<R>> expand) {
    this.in = in;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && in.hasNext()) {
      current = expand.apply(in.next());
    }
    return current.hasNext();
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
