package org.vigie.pipeline;

import java.nio.file.Path;

/**
 * How to build a pipeline.
 *
 * @param dictionaries a folder of dictionaries replacing the bundled ones, or null
 * @param parseAll parse every sentence (the naive baseline) instead of only candidates
 * @param ner also run CoreNLP's named-entity recogniser on parsed sentences (the full CoreNLP
 *     French pipeline; Vigie's actors come from its dictionaries and do not need it)
 */
public record PipelineConfig(Path dictionaries, boolean parseAll, boolean ner) {

  public PipelineConfig(Path dictionaries, boolean parseAll) {
    this(dictionaries, parseAll, false);
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(null, false, false);
  }
}
