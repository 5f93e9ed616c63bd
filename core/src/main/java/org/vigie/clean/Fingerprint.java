package org.vigie.clean;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * What two paragraphs must share to count as the same paragraph.
 *
 * <p>The {@link #key() key} is the paragraph folded: lower case, accents and punctuation (quote
 * marks of every style included) removed, {@code œ}/{@code æ} spelled out, white space collapsed.
 * The {@link #shingles() shingles} are the hashes of every run of three consecutive words of the
 * key, sorted and distinct; a paragraph of fewer than three words has none.
 */
final class Fingerprint {

  private final String key;
  private final long[] shingles;

  private Fingerprint(String key, long[] shingles) {
    this.key = key;
    this.shingles = shingles;
  }

  static Fingerprint of(String paragraph) {
    String key = fold(paragraph);
    if (key.isEmpty()) {
      // Only punctuation ("***", "—"): such paragraphs are the same only when written the same.
      return new Fingerprint(paragraph, new long[0]);
    }
    return new Fingerprint(key, shingles(key.split(" ")));
  }

  String key() {
    return key;
  }

  /** Sorted, distinct; do not modify. */
  long[] shingles() {
    return shingles;
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean afterSpace = true;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        appendLetter(out, Character.toLowerCase(cp));
        afterSpace = false;
      } else if (!afterSpace) {
        out.append(' ');
        afterSpace = true;
      }
    }
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
  }

  private static void appendLetter(StringBuilder out, int lower) {
    switch (lower) {
      case 'œ' -> out.append("oe");
      case 'æ' -> out.append("ae");
      default -> out.appendCodePoint(lower);
    }
  }

  private static long[] shingles(String[] words) {
    if (words.length < 3) {
      return new long[0];
    }
    long[] out = new long[words.length - 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = hash(words[i], words[i + 1], words[i + 2]);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /** The distinct values of a sorted array, in place; the array cut to them. */
  static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** 64 bits so that a long paragraph's shingles practically never collide. */
  private static long hash(String a, String b, String c) {
    long h = a.hashCode();
    h = h * 0x9E3779B97F4A7C15L + b.hashCode();
    h = h * 0x9E3779B97F4A7C15L + c.hashCode();
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }
}
