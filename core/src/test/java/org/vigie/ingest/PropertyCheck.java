package org.vigie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A property checked on many generated inputs: each try has its own seed, derived from one base
 * seed, so that a failure can be replayed alone. A failing input is shrunk (spans removed while it
 * still fails) and saved under {@code target/property-failures/} for the regression corpus.
 *
 * <p>Tries and seed can be changed with {@code -Dvigie.property.tries=} and {@code
 * -Dvigie.property.seed=}; the defaults make every run check the same 10,000 inputs per property.
 * {@code -Dvigie.property.replay=<seed> -Dvigie.property.tries=1} replays one failed try.
 */
final class PropertyCheck {

  static final int TRIES = Integer.getInteger("vigie.property.tries", 10_000);
  static final long SEED = Long.getLong("vigie.property.seed", 0x5EED_2014L);

  private static final int MAX_SHRINK_STEPS = 2_000;

  /** The property: returns normally when it holds, throws (an assertion) when it does not. */
  interface Property {
    void check(byte[] input) throws Exception;
  }

  private PropertyCheck() {}

  /**
   * Checks {@code property} on {@link #TRIES} inputs made by {@code generator}.
   *
   * @return how long it took, in milliseconds
   */
  static long forAll(String name, Function<SplittableRandom, byte[]> generator, Property property) {
    SplittableRandom seeds = new SplittableRandom(SEED ^ name.hashCode());
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    String replay = System.getProperty("vigie.property.replay");
    for (int i = 0; i < TRIES; i++) {
      long seed = replay == null ? seeds.nextLong() : Long.parseLong(replay);
      byte[] input = generator.apply(new SplittableRandom(seed));
      Throwable failure = failure(property, input);
      if (failure != null) {
        byte[] small = shrink(property, input);
        Path saved = save(name, seed, small);
        AssertionError error =
            new AssertionError(
                name
                    + ": try "
                    + (i + 1)
                    + " of "
                    + TRIES
                    + " failed (seed "
                    + seed
                    + "), input of "
                    + input.length
                    + " bytes shrunk to "
                    + small.length
                    + " saved to "
                    + saved
                    + ": "
                    + failure(property, small),
                failure);
        throw error;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.err.printf(
        "property %s: %d tries in %d ms (%d ms of CPU)%n", name, TRIES, millis, cpuMillis);
    return millis;
  }

  private static Throwable failure(Property property, byte[] input) {
    try {
      property.check(input);
      return null;
    } catch (Throwable t) { // an Error (stack overflow, out of memory) is a failure too
      return t;
    }
  }

  /** Removes spans, halving their size, as long as the input still fails. */
  private static byte[] shrink(Property property, byte[] input) {
    byte[] current = input;
    int steps = 0;
    for (int span = Math.max(1, current.length / 2);
        span >= 1 && steps < MAX_SHRINK_STEPS;
        span /= 2) {
      for (int from = 0; from + span <= current.length && steps < MAX_SHRINK_STEPS; ) {
        byte[] candidate = new byte[current.length - span];
        System.arraycopy(current, 0, candidate, 0, from);
        System.arraycopy(current, from + span, candidate, from, current.length - from - span);
        steps++;
        if (failure(property, candidate) != null) {
          current = candidate;
        } else {
          from += span;
        }
      }
    }
    return current;
  }

  private static Path save(String name, long seed, byte[] input) {
    try {
      Path dir = Path.of("target", "property-failures");
      Files.createDirectories(dir);
      return Files.write(dir.resolve(name + "-" + seed + ".bin"), input).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
