package org.vigie.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run of the job does.
 *
 * @param inputs files, folders or globs (any Hadoop file system: local, HDFS, S3...)
 * @param output the folder receiving {@code documents/}, {@code events/}, {@code errors/} and
 *     {@code aggregates/}
 * @param format how the inputs are written
 * @param dictionaries a folder of dictionaries replacing the bundled ones, or null; shipped to the
 *     executors with the job
 * @param addDictionaries a folder of dictionaries extending the bundled ones, or null; shipped too
 * @param partitions how many partitions the articles are spread over for coding; 0 for three per
 *     core of the cluster
 * @param overwrite replace the outputs of an earlier run instead of refusing to start
 */
public record JobOptions(List<String> inputs, String output, Format format, String dictionaries,
    String addDictionaries, int partitions, boolean overwrite) {

  /** Input formats. */
  public enum Format {
    /** One JSON article per line (the fields of {@code vigie code}'s JSONL). */
    JSONL,
    /** Parquet files with the article columns: text, and optionally id, url, title, date, lang. */
    PARQUET
  }

  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
    }
  }

  /** JSONL inputs, bundled dictionaries, default partitioning, no overwrite. */
  public static JobOptions jsonl(List<String> inputs, String output) {
    return new JobOptions(inputs, output, Format.JSONL, null, null, 0, false);
  }
}
