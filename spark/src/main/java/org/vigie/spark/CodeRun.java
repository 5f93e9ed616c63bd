package org.vigie.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job on a Spark session: read, keep one article per document key, code, write.
 *
 * <p>Output folders under {@link JobOptions#output()}, Parquet, their columns those of the store's
 * tables of the same name (plus {@code is_root_event} on events):
 * <ul>
 *   <li>{@code documents/} and {@code events/}, partitioned by {@code partition_day} (the event
 *       day, else the article date, else {@code undated});
 *   <li>{@code errors/}: origin (file:line), stage (read, language, pipeline), reason, recorded_at;
 *   <li>{@code aggregates/}: {@link Aggregates#EVENT_DAYS}.
 * </ul>
 */
final class CodeRun {

  static final String PARTITION = "partition_day";

  private final SparkSession spark;
  private final JobOptions options;

  CodeRun(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  JobSummary run() {
    requireInputs();
    refuseEarlierOutput();
    long start = System.nanoTime();
    Timestamp now = Timestamp.from(Instant.now());
    PipelineSettings settings = new PipelineSettings(DictionaryFolder.of(spark, options.dictionaries()),
        DictionaryFolder.of(spark, options.addDictionaries()));
    Dataset<Row> items = latestPerDocument(ArticleReader.read(spark, options)).repartition(partitions());
    Dataset<Row> coded = items.mapPartitions(new PartitionCoder(settings), Encoders.row(CodedRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row counts = coded.agg(count(col("document")), sum(size(col("events"))), count(col("error"))).first();
      Dataset<Row> documents = documents(coded, now);
      Dataset<Row> events = events(coded);
      write(documents, "documents", true);
      write(events, "events", true);
      write(coded.where(col("error").isNotNull()).select(col("error.*")).withColumn("recorded_at", lit(now))
          .coalesce(1), "errors", false);
      write(Aggregates.eventDays(spark, events, documents).coalesce(1), "aggregates", false);
      return new JobSummary(counts.getLong(0), counts.isNullAt(1) ? 0 : counts.getLong(1), counts.getLong(2),
          (System.nanoTime() - start) / 1e9);
    } finally {
      coded.unpersist();
    }
  }

  /** A misspelt input is the caller's mistake, told at once; an empty match would code nothing. */
  private void requireInputs() {
    for (String input : options.inputs()) {
      Path path = new Path(input);
      try {
        FileStatus[] found =
            path.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(path);
        if (found == null || found.length == 0) {
          throw new IllegalArgumentException(input + ": no such file, folder or match");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
      }
    }
  }

  /** Before hours of coding, not after: an earlier run's output is replaced only when asked. */
  private void refuseEarlierOutput() {
    if (options.overwrite()) {
      return;
    }
    Path out = new Path(options.output());
    try {
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String name : new String[] {"documents", "events", "errors", "aggregates"}) {
        if (fs.exists(new Path(out, name))) {
          throw new IllegalArgumentException(options.output() + " already holds " + name
              + "/ from an earlier run: give another --output, or --overwrite");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(options.output() + ": cannot check the output folder", e);
    }
  }

  /**
   * The store keeps one document per key, the last one read; so does the job (last by file, then
   * line), so that an article read twice is coded once. Errors all pass.
   */
  private static Dataset<Row> latestPerDocument(Dataset<Row> items) {
    Column rank = row_number().over(Window.partitionBy(col("doc_key"))
        .orderBy(col("input").desc(), col("record").desc()));
    return items.withColumn("vigie_rank", rank)
        .where(col("error").isNotNull().or(col("vigie_rank").equalTo(1)))
        .drop("vigie_rank");
  }

  private int partitions() {
    return options.partitions() > 0 ? options.partitions() : 3 * spark.sparkContext().defaultParallelism();
  }

  private static Dataset<Row> documents(Dataset<Row> coded, Timestamp now) {
    return coded.where(col("document").isNotNull()).select(col("document.*"))
        .withColumn("simhash", lit(null).cast("bigint"))
        .withColumn("story_id", lit(null).cast("string"))
        .withColumn("ingested_at", lit(now))
        .withColumn(PARTITION, coalesce(date_format(col("date"), "yyyy-MM-dd"), lit("undated")));
  }

  private static Dataset<Row> events(Dataset<Row> coded) {
    return coded.where(col("document").isNotNull())
        .select(col("document.date").as("vigie_article_date"), explode(col("events")).as("e"))
        .select(col("e.*"), col("vigie_article_date"))
        .withColumn(PARTITION, coalesce(date_format(col("day"), "yyyy-MM-dd"),
            date_format(col("vigie_article_date"), "yyyy-MM-dd"), lit("undated")))
        .drop("vigie_article_date");
  }

  /** Partitioned outputs are grouped by day first: one file per day, not one per day and task. */
  private void write(Dataset<Row> rows, String name, boolean byDay) {
    SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    String path = options.output().replaceAll("/+$", "") + "/" + name;
    if (byDay) {
      rows.repartition(col(PARTITION)).write().mode(mode).partitionBy(PARTITION).parquet(path);
    } else {
      rows.write().mode(mode).parquet(path);
    }
  }
}
