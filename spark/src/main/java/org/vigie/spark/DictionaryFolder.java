package org.vigie.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.apache.spark.sql.SparkSession;

/**
 * A dictionary folder as the executors find it: either shipped with the job ({@code
 * SparkContext.addFile}, from the driver's disk or a distributed file system) and found where Spark
 * put it, or, given as {@code local:///path}, read where it already is on every node (a folder
 * baked into the executors' image), as Spark's own {@code local:} jars are.
 *
 * @param location the shipped folder's name, or the path on every node
 * @param shipped whether it came with the job
 */
record DictionaryFolder(String location, boolean shipped) implements Serializable {

  /** Ships {@code folder} with the job unless it is a {@code local:} path; null stays null. */
  static DictionaryFolder of(SparkSession spark, String folder) {
    if (folder == null) {
      return null;
    }
    if (folder.startsWith("local:")) {
      return new DictionaryFolder(URI.create(folder).getPath(), false);
    }
    spark.sparkContext().addFile(folder, true);
    String name = new org.apache.hadoop.fs.Path(folder).getName();
    if (name.isEmpty()) {
      throw new IllegalArgumentException(folder + ": a dictionary folder needs a name");
    }
    return new DictionaryFolder(name, true);
  }

  /** The folder on this JVM. */
  Path path() {
    return shipped ? Path.of(SparkFiles.get(location)) : Path.of(location);
  }
}
