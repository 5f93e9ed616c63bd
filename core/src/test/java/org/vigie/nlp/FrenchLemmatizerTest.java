package org.vigie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrenchLemmatizerTest {

  private static final FrenchLemmatizer LEMMAS = new FrenchLemmatizer();

  @Test
  void participleTakesTheInfinitive() {
    assertEquals("entamer", LEMMAS.lemma("entamé", "VERB"));
  }

  @Test
  void conjugatedVerbTakesTheInfinitive() {
    assertEquals("cibler", LEMMAS.lemma("ciblent", "VERB"));
  }

  @Test
  void posTagChoosesAmongReadings() {
    // "frappes" is a noun (frappe) or a verb form (frapper)
    assertEquals("frappe", LEMMAS.lemma("frappes", "NOUN"));
    assertEquals("frapper", LEMMAS.lemma("frappes", "VERB"));
  }

  @Test
  void candidatesListEveryReading() {
    assertTrue(LEMMAS.candidates("frappes").containsAll(java.util.List.of("frappe", "frapper")));
  }

  @Test
  void adjectiveTakesMasculineSingular() {
    assertEquals("aérien", LEMMAS.lemma("aériennes", "ADJ"));
  }

  @Test
  void unknownWordIsItsOwnLemma() {
    assertEquals("xyzzyq", LEMMAS.lemma("Xyzzyq", "NOUN"));
  }
}
