package org.vigie.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.vigie.pipeline.PipelineConfig;

/**
 * How the executors build their pipeline: small and serialisable, sent with each task in place of
 * the pipeline itself (models and dictionaries are never serialised from the driver).
 *
 * @param dictionaries the name under which a dictionary folder was shipped with the job
 *     ({@code SparkContext.addFile}), or null for the bundled dictionaries
 * @param addDictionaries the same for a folder extending the bundled dictionaries, or null
 */
record PipelineSettings(String dictionaries, String addDictionaries) implements Serializable {

  static final PipelineSettings BUNDLED = new PipelineSettings(null, null);

  /** The pipeline configuration on this JVM: shipped folders are found where Spark put them. */
  PipelineConfig config() {
    return new PipelineConfig(local(dictionaries), local(addDictionaries), false, false);
  }

  private static Path local(String shipped) {
    return shipped == null ? null : Path.of(SparkFiles.get(shipped));
  }
}
