package org.vigie.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the annotator needs for one language: CoreNLP properties, a lemmatizer, and the mapping
 * from the tagger's tags to universal POS tags.
 *
 * @param lang ISO 639-1 code
 * @param coreNlp CoreNLP properties for the language (models, tokenizer options)
 * @param lemmatizer gives lemmas
 * @param tags maps the POS tagger's tags to universal ones (the French tagger already gives them)
 */
public record LanguageModels(String lang, Properties coreNlp, Lemmatizer lemmatizer, TagMapper tags) {

  /** French: CoreNLP's French models and LanguageTool's French lexicon for lemmas. */
  public static LanguageModels french() {
    return new LanguageModels(
        "fr", load("/StanfordCoreNLP-french.properties"), new FrenchLemmatizer(), TagMapper.IDENTITY);
  }

  /**
   * English: CoreNLP's English tagger and Universal Dependencies parser (no NER, no constituency
   * parser: Vigie's actors come from its dictionaries), CoreNLP's morphology for lemmas.
   */
  public static LanguageModels english() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    // when NER is asked for (the benchmark's baseline), without the extras that cost much and
    // bring nothing here: fine-grained regexner, numeric classifiers, SUTime, entity mentions
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return new LanguageModels("en", p, new EnglishLemmatizer(), TagMapper.fromResource("/org/vigie/nlp/ptb-upos.tsv"));
  }

  static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = LanguageModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP properties not on the class path: " + resource);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
