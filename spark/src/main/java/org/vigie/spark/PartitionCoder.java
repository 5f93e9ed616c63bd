package org.vigie.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.model.Article;
import org.vigie.pipeline.DocumentResult;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.UnsupportedLanguageException;
import org.vigie.store.StoreRows;

/**
 * Codes one partition of {@link InputItem} rows into {@link CodedRows}, lazily, with this JVM's
 * pipeline. A record that fails (unknown language, a crash in a stage) becomes an error row; the
 * partition goes on, as {@code BatchRunner} does on one machine.
 */
final class PartitionCoder implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PartitionCoder.class);

  private final PipelineSettings settings;

  PartitionCoder(PipelineSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> items) {
    Pipeline pipeline = ExecutorPipelines.get(settings);
    StoreRows rows = new StoreRows();
    return new FlatIterator<>(items, item -> List.of(code(pipeline, rows, item)).iterator());
  }

  private static Row code(Pipeline pipeline, StoreRows rows, Row item) {
    String origin = item.getAs("origin");
    String error = item.getAs("error");
    if (error != null) {
      return CodedRows.failed(origin, "read", error);
    }
    Article article = InputItem.article(item);
    try {
      DocumentResult result = pipeline.process(article);
      List<Row> events = new ArrayList<>(result.events().size());
      rows.events(result).forEach(e -> events.add(CodedRows.EVENT.row(e)));
      return CodedRows.coded(CodedRows.DOCUMENT.row(rows.document(result)), events);
    } catch (UnsupportedLanguageException e) {
      return CodedRows.failed(origin, "language", e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("{}: pipeline failed", origin, e);
      return CodedRows.failed(origin, "pipeline", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
