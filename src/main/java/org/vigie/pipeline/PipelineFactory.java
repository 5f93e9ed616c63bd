package org.vigie.pipeline;

import java.util.Map;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.DictionaryActorResolver;
import org.vigie.clean.LanguageGuesser;
import org.vigie.clean.TextCleaner;
import org.vigie.coding.CameoCodes;
import org.vigie.coding.DependencyEventCoder;
import org.vigie.coding.PatternDictionary;
import org.vigie.enrich.DateResolver;
import org.vigie.nlp.CoreNlpAnnotator;
import org.vigie.nlp.LanguageModels;
import org.vigie.nlp.SentenceSelector;

/** Builds the pipeline: the one place where the stages are assembled. */
public final class PipelineFactory {

  private PipelineFactory() {}

  /** Loads models and dictionaries (several seconds); call once per process. */
  public static Pipeline create(PipelineConfig config) {
    CameoCodes codes = CameoCodes.bundled();
    LanguageStages french = french(config, codes);
    return new Pipeline(TextCleaner.withDefaultRules(), new LanguageGuesser(), DateResolver.bundled(),
        Map.of("fr", french));
  }

  private static LanguageStages french(PipelineConfig config, CameoCodes codes) {
    ActorDictionaries actors = config.dictionaries() == null
        ? ActorDictionaries.bundled("fr")
        : ActorDictionaries.fromDirectory(config.dictionaries());
    PatternDictionary patterns = config.dictionaries() == null
        ? PatternDictionary.bundled("fr", codes)
        : PatternDictionary.fromDirectory(config.dictionaries(), codes);
    SentenceSelector selector = config.parseAll() ? SentenceSelector.ALL : new CandidateSelector(patterns, actors.matcher());
    return new LanguageStages("fr", new CoreNlpAnnotator(LanguageModels.french(), config.ner() ? "pos,ner,depparse" : "pos,depparse"), selector,
        new DictionaryActorResolver(actors), new DependencyEventCoder(patterns, codes, actors));
  }
}
