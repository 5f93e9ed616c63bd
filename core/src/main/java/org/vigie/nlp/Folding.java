package org.vigie.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison form of words used by every dictionary: lower case, no accents, split on
 * anything that is not a letter or a digit, and French contractions undone ({@code des} → {@code
 * de les}), so that {@code États-Unis}, {@code Etats Unis} and {@code etats-unis} compare equal.
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Folding() {}

  /** Lower case without accents: {@code Sergueï} → {@code serguei}. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('œ', 'o').replace('æ', 'a');
  }

  /** The folded pieces of a word or phrase: {@code d'Etat} → [d, etat]; {@code du} → [de, le]. */
  public static List<String> pieces(String text) {
    List<String> out = new ArrayList<>(2);
    for (String p : SEPARATORS.split(fold(text))) {
      if (p.isEmpty()) {
        continue;
      }
      switch (p) {
        case "des" -> {
          out.add("de");
          out.add("les");
        }
        case "du" -> {
          out.add("de");
          out.add("le");
        }
        case "au" -> {
          out.add("a");
          out.add("le");
        }
        case "aux" -> {
          out.add("a");
          out.add("les");
        }
        default -> out.add(p);
      }
    }
    return out;
  }
}
