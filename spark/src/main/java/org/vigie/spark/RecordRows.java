package org.vigie.spark;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A record type as a Spark struct: one column per component, named in snake case ({@code
 * sourceStart} → {@code source_start}), in the record's order. The store's row records ({@link
 * org.vigie.store.StoreRows}) thereby give Parquet columns named and typed as the store's tables,
 * with no second list of columns to keep in step. Immutable and thread-safe.
 *
 * @param <R> the record type
 */
final class RecordRows<R extends Record> {

  private static final Map<Class<?>, DataType> TYPES = Map.of(
      String.class, DataTypes.StringType,
      int.class, DataTypes.IntegerType,
      Integer.class, DataTypes.IntegerType,
      long.class, DataTypes.LongType,
      Long.class, DataTypes.LongType,
      double.class, DataTypes.DoubleType,
      Double.class, DataTypes.DoubleType,
      boolean.class, DataTypes.BooleanType,
      LocalDate.class, DataTypes.DateType);

  private final StructType schema;
  private final List<MethodHandle> accessors;

  RecordRows(Class<R> type) {
    List<StructField> fields = new ArrayList<>();
    List<MethodHandle> handles = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      DataType t = TYPES.get(c.getType());
      if (t == null) {
        throw new IllegalArgumentException(type.getName() + "." + c.getName() + ": no Spark type for " + c.getType());
      }
      fields.add(DataTypes.createStructField(snakeCase(c.getName()), t, !c.getType().isPrimitive()));
      try {
        handles.add(MethodHandles.lookup().unreflect(c.getAccessor()));
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException(type.getName() + " is not readable from " + RecordRows.class.getPackageName(), e);
      }
    }
    this.schema = DataTypes.createStructType(fields);
    this.accessors = List.copyOf(handles);
  }

  StructType schema() {
    return schema;
  }

  /** The record's values as a row of {@link #schema()} (dates as {@link java.sql.Date}). */
  Row row(R record) {
    Object[] values = new Object[accessors.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = external(get(i, record));
    }
    return RowFactory.create(values);
  }

  private Object get(int i, R record) {
    try {
      return accessors.get(i).invoke(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("record accessors throw no checked exception", e);
    }
  }

  private static Object external(Object value) {
    return value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value;
  }

  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
