package org.vigie.places;

import java.util.Set;
import org.vigie.model.Place;
import org.vigie.model.Sentence;
import org.vigie.nlp.Folding;

/**
 * Tells which of the places of a name is meant. Each candidate scores the tenth-power of its
 * population (a region a step and a half lower, so that a city beats the region of the same
 * name); the sentence can add to that: a place named after a comma ("Paris, Texas") most, then a word
 * such as "province" or "ville", a country named in the same sentence, else the document's focus
 * country. That the actor stage took the name for a capital is not used: it takes any Tripoli for
 * the capital of Libya. A bonus of 1.5 lets a
 * candidate beat one thirty times more populous: Tripoli of Lebanon in a Lebanon story, but Paris
 * of France in a story about the United States.
 */
final class PlaceChooser {

  private static final double REGION_PENALTY = 1.5;
  /** Population a macro-region (Proche-Orient, Sahel) counts as, next to cities of its name. */
  private static final double MACRO_REGION_POPULATION = 1e7;
  private static final double QUALIFIER = 5;
  private static final double KIND_WORD = 3;
  private static final double SAME_SENTENCE = 2.0;
  private static final double FOCUS = 1.5;
  private static final Set<String> REGION_WORDS = Set.of("province", "provinces", "region", "gouvernorat",
      "etat", "state", "governorate", "oblast", "departement", "district", "territoire", "territory");
  private static final Set<String> CITY_WORDS = Set.of("ville", "city", "town", "cite", "localite", "village");

  /**
   * What the sentence says about one name.
   *
   * @param qualifiers countries of the place named right after it ("Paris, Texas" → USA)
   * @param sentenceCountries countries named in the sentence
   * @param focus the document's focus country, or null
   */
  record Context(Set<String> qualifiers, Set<String> sentenceCountries, String focus) {}

  Toponym choose(NameMatch m, Sentence s, Context c) {
    String kindWord = kindWord(s, m.first());
    Toponym best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Toponym t : m.candidates()) {
      double score = score(t, kindWord, c);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }

  private static double score(Toponym t, String kindWord, Context c) {
    boolean region = t.kind().equals(Place.REGION);
    double population = region && t.population() == 0 ? MACRO_REGION_POPULATION : t.population();
    double score = Math.log10(population + 1) - (region ? REGION_PENALTY : 0);
    String country = t.country();
    if (country != null && c.qualifiers().contains(country)) {
      score += QUALIFIER;
    }
    if (t.kind().equals(kindWord)) {
      score += KIND_WORD;
    }
    if (country != null && c.sentenceCountries().contains(country)) {
      score += SAME_SENTENCE;
    } else if (country != null && country.equals(c.focus())) {
      score += FOCUS;
    }
    return score;
  }

  /** {@code region} after "la province de", {@code city} after "la ville de", else null. */
  private static String kindWord(Sentence s, int first) {
    for (int t = first - 1; t >= 0 && t >= first - 3; t--) {
      String w = Folding.fold(s.tokens().get(t).word());
      if (REGION_WORDS.contains(w)) {
        return Place.REGION;
      }
      if (CITY_WORDS.contains(w)) {
        return Place.CITY;
      }
    }
    return null;
  }
}
