package org.vigie.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineFactory;

/**
 * One pipeline per executor JVM and settings, built by the first task that needs it and shared by
 * every later task and every task running at the same time (the pipeline is thread-safe).
 *
 * <p>The only static state of the job, and deliberately so: Spark gives an executor no other place
 * that outlives a task, and loading the dictionaries and CoreNLP models (seconds, and about 2 GB)
 * per task or per record, or shipping them from the driver, is what this class exists to avoid.
 * Entries are immutable once built and never removed: an executor runs one job's settings.
 */
final class ExecutorPipelines {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);
  private static final ConcurrentMap<PipelineSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private ExecutorPipelines() {}

  /** The pipeline of {@code settings} on this JVM, built on first use; concurrent callers wait for it. */
  static Pipeline get(PipelineSettings settings) {
    return PIPELINES.computeIfAbsent(settings, s -> {
      long start = System.nanoTime();
      Pipeline p = PipelineFactory.create(s.config());
      LOG.info("pipeline ready on this executor in {} ms ({})", (System.nanoTime() - start) / 1_000_000, s);
      return p;
    });
  }

  /** How many pipelines this JVM has built (one per settings: tests check it stays so). */
  static int built() {
    return PIPELINES.size();
  }
}
