package org.vigie.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.vigie.pipeline.PipelineConfig;

/**
 * How the executors build their pipeline: small and serialisable, sent with each task in place of
 * the pipeline itself (models and dictionaries are never serialised from the driver).
 *
 * @param dictionaries a folder replacing the bundled dictionaries, or null
 * @param addDictionaries a folder extending them, or null
 */
record PipelineSettings(DictionaryFolder dictionaries, DictionaryFolder addDictionaries) implements Serializable {

  static final PipelineSettings BUNDLED = new PipelineSettings(null, null);

  /** The pipeline configuration on this JVM. */
  PipelineConfig config() {
    return new PipelineConfig(path(dictionaries), path(addDictionaries), false, false);
  }

  private static Path path(DictionaryFolder folder) {
    return folder == null ? null : folder.path();
  }
}
