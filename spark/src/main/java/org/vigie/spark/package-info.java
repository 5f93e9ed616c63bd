/**
 * The Vigie pipeline as an Apache Spark job, for archives that outgrow one machine.
 *
 * <p>{@link org.vigie.spark.CodeJob} is the {@code spark-submit} entry point: it reads JSONL or
 * Parquet articles ({@link org.vigie.spark.ArticleReader}), codes them partition by partition with
 * one pipeline per executor JVM ({@link org.vigie.spark.ExecutorPipelines}, {@link
 * org.vigie.spark.PartitionCoder}) and writes documents, events, per-record errors and the
 * cross-article aggregates ({@link org.vigie.spark.Aggregates}) as Parquet whose columns mirror the
 * store's tables. The linguistic work is the core's, unchanged: this package only distributes it,
 * and must not code events itself.
 */
package org.vigie.spark;
