package org.vigie.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas from LanguageTool's French lexicon (Morfologik automaton), choosing among a
 * word's readings the one whose lexicon tag agrees with the CoreNLP universal POS tag.
 */
public final class FrenchLemmatizer implements Lemmatizer {

  private static final String DICT = "/org/languagetool/resource/fr/french.dict";

  private final Dictionary dictionary;
  // DictionaryLookup is not thread-safe; the dictionary itself is.
  private final ThreadLocal<DictionaryLookup> lookup;

  public FrenchLemmatizer() {
    URL url = FrenchLemmatizer.class.getResource(DICT);
    if (url == null) {
      throw new IllegalStateException("French lexicon not on the class path: " + DICT);
    }
    try {
      this.dictionary = Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read French lexicon " + DICT, e);
    }
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  @Override
  public List<String> candidates(String word) {
    List<String> out = new ArrayList<>();
    for (Reading r : readings(word)) {
      if (!out.contains(r.lemma)) {
        out.add(r.lemma);
      }
    }
    if (out.isEmpty()) {
      out.add(word.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  @Override
  public String lemma(String word, String upos) {
    List<Reading> readings = readings(word);
    String wanted = lexiconCategory(upos);
    for (Reading r : readings) {
      if (wanted != null && r.tag.startsWith(wanted)) {
        return r.lemma;
      }
    }
    if ("PROPN".equals(upos) || readings.isEmpty()) {
      return "PROPN".equals(upos) ? word : word.toLowerCase(Locale.ROOT);
    }
    return readings.get(0).lemma;
  }

  /** The lexicon's tag letter for a universal POS tag (see french_tags.txt in the lexicon). */
  private static String lexiconCategory(String upos) {
    return switch (upos) {
      case "VERB", "AUX" -> "V";
      case "NOUN" -> "N";
      case "ADJ" -> "J";
      case "ADV" -> "A";
      case "ADP" -> "P";
      case "DET" -> "D";
      case "PRON" -> "R";
      case "CCONJ", "SCONJ" -> "C";
      case "PROPN" -> "Z";
      default -> null;
    };
  }

  private List<Reading> readings(String word) {
    List<Reading> out = new ArrayList<>();
    collect(word, out);
    if (out.isEmpty()) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!lower.equals(word)) {
        collect(lower, out);
      }
    }
    return out;
  }

  private void collect(String form, List<Reading> out) {
    for (WordData wd : lookup.get().lookup(form)) {
      CharSequence stem = wd.getStem();
      CharSequence tag = wd.getTag();
      if (stem != null && tag != null) {
        out.add(new Reading(stem.toString(), tag.toString()));
      }
    }
  }

  private record Reading(String lemma, String tag) {}
}
