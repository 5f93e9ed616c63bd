package org.vigie.nlp;

import java.util.List;

/** Gives dictionary forms of words. Implementations are thread-safe. */
public interface Lemmatizer {

  /** Every lemma the lexicon allows for {@code word}, most likely first; never empty. */
  List<String> candidates(String word);

  /** The lemma of {@code word} given its universal POS tag. */
  String lemma(String word, String upos);
}
