package org.vigie.spark;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.vigie.ingest.ArticleIds;
import org.vigie.model.Article;

/**
 * One record read from the inputs: an article, or the reason it could not be read.
 *
 * @param docKey the store's key of the article ({@link ArticleIds#storeKey}); null for an error
 * @param input the file it was read from
 * @param record its 1-based line (JSONL) or row (Parquet) in that file
 * @param error why no article could be read, or null
 */
record InputItem(String docKey, String id, String url, String title, LocalDate date, String lang, String text,
    String origin, String input, long record, String error) {

  static final RecordRows<InputItem> ROWS = new RecordRows<>(InputItem.class);

  static InputItem of(Article a, String input, long record) {
    return new InputItem(ArticleIds.storeKey(a), a.id(), a.url(), a.title(), a.date(), a.lang(), a.text(),
        a.origin(), input, record, null);
  }

  static InputItem failed(String origin, String input, long record, String reason) {
    return new InputItem(null, null, null, null, null, null, null, origin, input, record, reason);
  }

  /** The article of a row of {@link #ROWS}'s schema that holds one. */
  static Article article(Row row) {
    java.sql.Date date = row.getAs("date");
    return new Article(row.getAs("id"), row.getAs("url"), row.getAs("title"), date == null ? null : date.toLocalDate(),
        row.getAs("lang"), row.getAs("text"), row.getAs("origin"));
  }
}
