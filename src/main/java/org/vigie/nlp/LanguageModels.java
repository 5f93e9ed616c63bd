package org.vigie.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the annotator needs for one language: CoreNLP properties and a lemmatizer.
 *
 * @param lang ISO 639-1 code
 * @param coreNlp CoreNLP properties for the language (models, tokenizer options)
 * @param lemmatizer gives lemmas; for English CoreNLP's own morphology may be used
 */
public record LanguageModels(String lang, Properties coreNlp, Lemmatizer lemmatizer) {

  /** French: CoreNLP's French models and LanguageTool's French lexicon for lemmas. */
  public static LanguageModels french() {
    return new LanguageModels(
        "fr", load("/StanfordCoreNLP-french.properties"), new FrenchLemmatizer());
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
