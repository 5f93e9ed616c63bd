package org.vigie.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReadIssue;
import org.vigie.ingest.ReadResult;
import org.vigie.ingest.SourceOptions;
import scala.Tuple2;

/**
 * Reads the job's inputs into rows of {@link InputItem}, with the core's rules for articles (the
 * same ids, fields and limits as {@code vigie code} and {@code vigie ingest}). A record that gives
 * no article becomes an error row naming its file and line; nothing read ever fails the job.
 */
final class ArticleReader {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

  /** The article columns read from Parquet inputs, when present. */
  static final List<String> PARQUET_COLUMNS = List.of("id", "url", "title", "date", "lang", "text");

  private ArticleReader() {}

  static Dataset<Row> read(SparkSession spark, JobOptions options) {
    return switch (options.format()) {
      case JSONL -> jsonl(spark, options.inputs());
      case PARQUET -> parquet(spark, options.inputs());
    };
  }

  /** One task per file, read line by line: line numbers are exact and a file never sits in memory. */
  private static Dataset<Row> jsonl(SparkSession spark, List<String> inputs) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = context.binaryFiles(String.join(",", inputs))
        .flatMap(ArticleReader::readFile)
        .map(item -> InputItem.ROWS.row(item)); // a lambda, not InputItem.ROWS::row, which would ship the (unserialisable) RecordRows
    return spark.createDataFrame(rows, InputItem.ROWS.schema());
  }

  private static Iterator<InputItem> readFile(Tuple2<String, PortableDataStream> file) {
    String path = file._1();
    InputStream in;
    try {
      in = file._2().open();
    } catch (RuntimeException e) {
      return List.of(InputItem.failed(path, path, 0, "cannot read: " + e.getMessage())).iterator();
    }
    Stream<ReadResult> results = new ArticleSource(SourceOptions.defaults()).readJsonl(path, in);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> results.close());
    }
    return results.flatMap(r -> item(path, r).stream()).iterator();
  }

  private static List<InputItem> item(String input, ReadResult r) {
    if (r instanceof ReadResult.Ok ok) {
      String origin = ok.article().origin();
      return List.of(InputItem.of(ok.article(), input, lineOf(origin)));
    }
    if (r instanceof ReadIssue issue) {
      if (issue.severity() == ReadIssue.Severity.ERROR) {
        return List.of(InputItem.failed(issue.line() == 0 ? input : input + ":" + issue.line(), input, issue.line(),
            issue.reason()));
      }
      LOG.warn("{}", issue.message());
    }
    return List.of(); // a feed link has no place in a JSONL input
  }

  /** The line of an article's origin ({@code file:12}), as the core writes it. */
  private static long lineOf(String origin) {
    int colon = origin.lastIndexOf(':');
    try {
      return Long.parseLong(origin.substring(colon + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return 0;
    }
  }

  /** Parquet rows go through the JSONL field rules, turned into JSON objects of their article columns. */
  private static Dataset<Row> parquet(SparkSession spark, List<String> inputs) {
    Dataset<Row> table = spark.read().parquet(inputs.toArray(String[]::new));
    List<String> present = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      if (PARQUET_COLUMNS.contains(f.name())) {
        present.add("`" + f.name() + "`");
      }
    }
    present.add("_metadata.file_path AS vigie_file");
    present.add("_metadata.row_index AS vigie_row");
    return table.selectExpr(present.toArray(String[]::new))
        .mapPartitions(ArticleReader::parquetRows, Encoders.row(InputItem.ROWS.schema()));
  }

  private static Iterator<Row> parquetRows(Iterator<Row> rows) {
    ArticleSource source = new ArticleSource(SourceOptions.defaults());
    ObjectMapper mapper = new ObjectMapper();
    return new FlatIterator<>(rows, row -> {
      String file = row.getAs("vigie_file");
      long record = row.<Long>getAs("vigie_row") + 1;
      List<Row> out = new ArrayList<>(1);
      for (ReadResult r : source.readRecord(file, record, json(mapper, row))) {
        item(file, r).forEach(i -> out.add(InputItem.ROWS.row(i)));
      }
      return out.iterator();
    });
  }

  /** The article columns of a Parquet row as a JSON object, nulls left out, dates as ISO text. */
  private static String json(ObjectMapper mapper, Row row) {
    ObjectNode o = mapper.createObjectNode();
    for (String name : PARQUET_COLUMNS) {
      int i = indexOf(row, name);
      if (i < 0 || row.isNullAt(i)) {
        continue;
      }
      Object value = row.get(i);
      if (value instanceof Number n) {
        o.put(name, n.toString());
      } else {
        o.put(name, value.toString());
      }
    }
    return o.toString();
  }

  private static int indexOf(Row row, String name) {
    String[] names = row.schema().fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
