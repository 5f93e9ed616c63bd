package org.vigie.extract;

import java.util.Locale;
import java.util.Set;

/** French or English from frequent words, for pages that declare no language. */
final class Languages {

  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour",
      "qui", "que", "pas", "sur", "au", "aux", "avec", "il", "elle", "ont", "été");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "was", "in", "for", "that", "with",
      "on", "by", "he", "she", "have", "has", "were", "from", "said");

  private Languages() {}

  /** {@code fr}, {@code en}, or null when the text is too short or neither. */
  static String guess(String text) {
    int fr = 0;
    int en = 0;
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      fr += FRENCH.contains(w) ? 1 : 0;
      en += ENGLISH.contains(w) ? 1 : 0;
      if (words > 2000) {
        break;
      }
    }
    if (words < 20 || Math.max(fr, en) < words / 20) {
      return null;
    }
    return fr > en ? "fr" : "en";
  }
}
