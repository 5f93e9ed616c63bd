package org.vigie.nlp;

import org.vigie.model.AnnotatedDocument;
import org.vigie.model.CleanArticle;

/** The annotation stage: a cleaned article in, sentences and tokens out. */
public interface Annotator {

  /**
   * Splits and annotates the article's cleaned text. Sentences accepted by {@code selector}
   * get POS tags and dependencies; the others only words and candidate lemmas.
   */
  AnnotatedDocument annotate(CleanArticle article, SentenceSelector selector);
}
