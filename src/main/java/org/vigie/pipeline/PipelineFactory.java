package org.vigie.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
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

  /**
   * Loads the dictionaries of every language now, and each language's models on its first
   * article. Call once per process.
   */
  public static Pipeline create(PipelineConfig config) {
    CameoCodes codes = CameoCodes.bundled();
    return new Pipeline(TextCleaner.withDefaultRules(), new LanguageGuesser(), DateResolver.bundled(),
        Map.of("fr", stages("fr", LanguageModels::french, config, codes),
            "en", stages("en", LanguageModels::english, config, codes)));
  }

  private static LanguageStages stages(String lang, Supplier<LanguageModels> models, PipelineConfig config,
      CameoCodes codes) {
    Path dir = dictionaryFolder(config.dictionaries(), lang);
    ActorDictionaries actors = dir == null ? ActorDictionaries.bundled(lang) : ActorDictionaries.fromDirectory(dir);
    PatternDictionary patterns = dir == null
        ? PatternDictionary.bundled(lang, codes)
        : PatternDictionary.fromDirectory(dir, codes);
    SentenceSelector selector = config.parseAll() ? SentenceSelector.ALL : new CandidateSelector(patterns, actors.matcher());
    String annotators = config.ner() ? "pos,ner,depparse" : "pos,depparse";
    return new LanguageStages(lang, new Lazy<>(() -> new CoreNlpAnnotator(models.get(), annotators)), selector,
        new DictionaryActorResolver(actors), new DependencyEventCoder(patterns, codes, actors));
  }

  /** A folder's {@code fr/} or {@code en/} subfolder when it has one, else the folder itself. */
  private static Path dictionaryFolder(Path dir, String lang) {
    if (dir == null) {
      return null;
    }
    Path sub = dir.resolve(lang);
    return Files.isDirectory(sub) ? sub : dir;
  }
}
