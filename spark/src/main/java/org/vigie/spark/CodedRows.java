package org.vigie.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.vigie.store.StoreRows;

/**
 * The rows the coding stage hands on, one per input record: {@code document} (a {@code documents}
 * row), {@code events} (its {@code events} rows) and {@code error}; either the first two or the
 * last are set.
 */
final class CodedRows {

  static final RecordRows<StoreRows.DocumentRow> DOCUMENT = new RecordRows<>(StoreRows.DocumentRow.class);
  static final RecordRows<StoreRows.EventRow> EVENT = new RecordRows<>(StoreRows.EventRow.class);
  static final StructType ERROR = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("origin", DataTypes.StringType, false),
      DataTypes.createStructField("stage", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

  static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("document", DOCUMENT.schema(), true),
      DataTypes.createStructField("events", DataTypes.createArrayType(EVENT.schema(), false), true),
      DataTypes.createStructField("error", ERROR, true)});

  private CodedRows() {}

  static Row coded(Row document, List<Row> events) {
    return RowFactory.create(document, scala.jdk.javaapi.CollectionConverters.asScala(events).toSeq(), null);
  }

  static Row failed(String origin, String stage, String reason) {
    return RowFactory.create(null, null, RowFactory.create(origin, stage, reason == null ? "" : reason));
  }
}
