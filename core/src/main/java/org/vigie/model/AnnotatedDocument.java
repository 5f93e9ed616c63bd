package org.vigie.model;

import java.util.List;

/** A cleaned article split into sentences and tokens, in its language. */
public record AnnotatedDocument(CleanArticle article, String lang, List<Sentence> sentences) {

  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }
}
