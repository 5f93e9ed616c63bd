package org.vigie.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English lemmas from CoreNLP's morphology (the {@code lemma} annotator's rules and exceptions),
 * given the universal POS tag.
 */
public final class EnglishLemmatizer implements Lemmatizer {

  @Override
  public List<String> candidates(String word) {
    List<String> out = new ArrayList<>(3);
    for (String tag : new String[] {"VBD", "NNS", "VBZ"}) {
      String lemma = Morphology.lemmaStatic(word, tag, true);
      if (!out.contains(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }

  @Override
  public String lemma(String word, String upos) {
    String tag = switch (upos) {
      case "VERB", "AUX" -> "VB";
      case "NOUN" -> "NNS";
      case "PROPN" -> "NNP";
      case "ADJ" -> "JJ";
      default -> "";
    };
    if (tag.isEmpty() || tag.equals("NNP")) {
      return upos.equals("PROPN") ? word : word.toLowerCase(Locale.ROOT);
    }
    return Morphology.lemmaStatic(word, tag.equals("VB") ? "VBD" : tag, true);
  }
}
