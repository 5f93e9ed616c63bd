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
import org.vigie.enrich.QuantityExtractor;
import org.vigie.enrich.QuoteExtractor;
import org.vigie.nlp.CoreNlpAnnotator;
import org.vigie.nlp.LanguageModels;
import org.vigie.nlp.SentenceSelector;
import org.vigie.petrarch.PetrarchDictionaries;
import org.vigie.places.EventPlaces;
import org.vigie.places.Gazetteer;
import org.vigie.places.PlaceFinder;
import org.vigie.petrarch.PetrarchFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the pipeline: the one place where the stages are assembled. */
public final class PipelineFactory {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineFactory.class);

  private PipelineFactory() {}

  /**
   * Loads the dictionaries of every language now, and each language's models on its first
   * article. Call once per process.
   */
  public static Pipeline create(PipelineConfig config) {
    CameoCodes codes = CameoCodes.bundled();
    Gazetteer gazetteer = Gazetteer.bundled();
    return new Pipeline(TextCleaner.withDefaultRules(), new LanguageGuesser(), DateResolver.bundled(),
        QuoteExtractor.bundled(), QuantityExtractor.bundled(), Map.of("fr", stages("fr", LanguageModels::french, config, codes, gazetteer),
            "en", stages("en", LanguageModels::english, config, codes, gazetteer)));
  }

  private static LanguageStages stages(String lang, Supplier<LanguageModels> models, PipelineConfig config,
      CameoCodes codes, Gazetteer gazetteer) {
    Path dir = dictionaryFolder(config.dictionaries(), lang);
    Path add = dictionaryFolder(config.addDictionaries(), lang);
    ActorDictionaries actors;
    PatternDictionary patterns;
    if (dir != null && lang.equals("en") && PetrarchFiles.isPetrarchFolder(dir)) {
      // PETRARCH-2 dictionaries replace Vigie's, keeping only its reference and modality words
      PetrarchDictionaries p = PetrarchDictionaries.load(PetrarchFiles.find(dir),
          ActorDictionaries.referencesBuilder(lang), PatternDictionary.bundled(lang, codes).modalityOnly(), codes);
      log(p);
      actors = p.actors();
      patterns = p.patterns();
    } else if (dir != null && !PetrarchFiles.isPetrarchFolder(dir)) {
      actors = ActorDictionaries.fromDirectory(dir);
      patterns = PatternDictionary.fromDirectory(dir, codes);
    } else if (add != null && lang.equals("en") && PetrarchFiles.isPetrarchFolder(add)) {
      PetrarchDictionaries p = PetrarchDictionaries.load(PetrarchFiles.find(add),
          ActorDictionaries.bundledBuilder(lang), PatternDictionary.bundled(lang, codes), codes);
      log(p);
      actors = p.actors();
      patterns = p.patterns();
    } else {
      actors = ActorDictionaries.bundled(lang);
      patterns = PatternDictionary.bundled(lang, codes);
    }
    SentenceSelector selector = config.parseAll() ? SentenceSelector.ALL : new CandidateSelector(patterns, actors.matcher());
    PlaceFinder places = new PlaceFinder(gazetteer, actors);
    String annotators = config.ner() ? "pos,ner,depparse" : "pos,depparse";
    return new LanguageStages(lang, new Lazy<>(() -> new CoreNlpAnnotator(models.get(), annotators)), selector,
        new DictionaryActorResolver(actors), new DependencyEventCoder(patterns, codes), places,
        new EventPlaces(places, actors));
  }

  private static void log(PetrarchDictionaries p) {
    p.report().summary().forEach(line -> LOG.info("PETRARCH dictionaries: {}", line));
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
