package org.vigie.pipeline;

import java.util.function.Supplier;

/** A value made on first use, once, safely across threads (the models of a language). */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> maker;
  private volatile T value;

  Lazy(Supplier<T> maker) {
    this.maker = maker;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = maker.get();
          value = v;
        }
      }
    }
    return v;
  }
}
