package org.vigie.pipeline;

import java.nio.file.Path;

/**
 * How to build a pipeline.
 *
 * @param dictionaries a folder of dictionaries replacing the bundled ones (Vigie's files, with
 *     optional fr/ and en/ subfolders, or a PETRARCH-2 set for English), or null
 * @param addDictionaries a folder of dictionaries extending the bundled ones, or null
 * @param parseAll parse every sentence (the naive baseline) instead of only candidates
 * @param ner also run CoreNLP's named-entity recogniser on parsed sentences (the full CoreNLP
 *     French pipeline; Vigie's actors come from its dictionaries and do not need it)
 */
public record PipelineConfig(Path dictionaries, Path addDictionaries, boolean parseAll, boolean ner) {

  public PipelineConfig(Path dictionaries, boolean parseAll) {
    this(dictionaries, null, parseAll, false);
  }

  public PipelineConfig(Path dictionaries, boolean parseAll, boolean ner) {
    this(dictionaries, null, parseAll, ner);
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(null, null, false, false);
  }
}
