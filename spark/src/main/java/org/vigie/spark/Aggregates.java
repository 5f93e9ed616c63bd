package org.vigie.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The cross-article view of the coded events, in Spark SQL: per event day, source, target and
 * CAMEO code, how often it was reported (GDELT's NumMentions, NumArticles, NumSources).
 */
final class Aggregates {

  /**
   * One row per (day, source_code, target_code, code): {@code num_mentions} events,
   * {@code num_articles} distinct documents, {@code num_sources} distinct outlets (hosts of the
   * articles' URLs), {@code is_root_event} when one mention lies in an article's first paragraph,
   * and the mentions' first and last publication dates.
   */
  static final String EVENT_DAYS = """
      SELECT e.day, e.source_code, e.target_code, e.code,
             first(e.root) AS root, first(e.quad_class) AS quad_class, first(e.goldstein) AS goldstein,
             count(*) AS num_mentions,
             count(DISTINCT e.doc_key) AS num_articles,
             count(DISTINCT d.outlet) AS num_sources,
             bool_or(e.is_root_event) AS is_root_event,
             min(d.date) AS first_reported,
             max(d.date) AS last_reported
      FROM vigie_events e JOIN vigie_documents d ON e.doc_key = d.doc_key
      GROUP BY e.day, e.source_code, e.target_code, e.code
      """;

  private Aggregates() {}

  static Dataset<Row> eventDays(SparkSession spark, Dataset<Row> events, Dataset<Row> documents) {
    events.createOrReplaceTempView("vigie_events");
    documents.createOrReplaceTempView("vigie_documents");
    return spark.sql(EVENT_DAYS);
  }
}
