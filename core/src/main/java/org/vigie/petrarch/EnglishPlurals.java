package org.vigie.petrarch;

import java.util.Locale;

/**
 * The regular plurals PETRARCH generates for agents and synonym sets: add {@code S}, {@code Y} →
 * {@code IES}, {@code SS} → {@code SSES}. Two English refinements where the documented rule gives a
 * non-word: a vowel before {@code Y} keeps it ({@code ATTORNEY} → {@code ATTORNEYS}), and {@code
 * S}, {@code X}, {@code Z}, {@code CH}, {@code SH} take {@code ES} ({@code COACH} → {@code
 * COACHES}).
 */
final class EnglishPlurals {

  private EnglishPlurals() {}

  /** The plural of the last word of {@code phrase} (words separated by spaces). */
  static String of(String phrase) {
    int space = phrase.lastIndexOf(' ');
    String head = phrase.substring(0, space + 1);
    String word = phrase.substring(space + 1);
    return head + word(word);
  }

  private static String word(String w) {
    if (w.isEmpty()) {
      return w;
    }
    String u = w.toUpperCase(Locale.ROOT);
    String stem = w;
    String suffix;
    if (u.endsWith("Y") && u.length() > 1 && "AEIOU".indexOf(u.charAt(u.length() - 2)) < 0) {
      stem = w.substring(0, w.length() - 1);
      suffix = "IES";
    } else if (u.endsWith("S")
        || u.endsWith("X")
        || u.endsWith("Z")
        || u.endsWith("CH")
        || u.endsWith("SH")) {
      suffix = "ES";
    } else {
      suffix = "S";
    }
    boolean lower = Character.isLowerCase(w.charAt(w.length() - 1));
    return stem + (lower ? suffix.toLowerCase(Locale.ROOT) : suffix);
  }
}
