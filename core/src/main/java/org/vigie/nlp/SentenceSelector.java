package org.vigie.nlp;

import java.util.List;

/** Decides, before the expensive parse, whether a sentence can hold anything worth parsing. */
@FunctionalInterface
public interface SentenceSelector {

  /** Parse every sentence. */
  SentenceSelector ALL = tokens -> true;

  /**
   * @param tokens the sentence's words with every lemma they may have, before POS tagging
   */
  boolean worthParsing(List<RawToken> tokens);

  /** A word before tagging: the text and every lemma the lexicon allows for it. */
  record RawToken(String word, List<String> lemmas) {

    public RawToken {
      lemmas = List.copyOf(lemmas);
    }
  }
}
