package org.vigie.enrich;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sentence cut into the pieces that date words are made of: runs of letters and digits ({@code
 * 1er}, {@code 2015}, {@code aujourd}) and single punctuation marks ({@code /}, {@code .}, {@code
 * -}, {@code '}). Spaces separate pieces and are dropped. Each piece keeps its offsets and a folded
 * form (lower case, no accents, typographic apostrophes and hyphens made plain), so that word lists
 * and text compare alike.
 */
final class Tokens {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Folded forms of the accented Latin letters and typographic marks, computed once. */
  private static final Map<Character, String> FOLDED = foldedTable();

  private final String[] folded;
  private final int[] starts;
  private final int[] ends;
  private final int size;

  private Tokens(String[] folded, int[] starts, int[] ends, int size) {
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  static Tokens of(String text) {
    int capacity = Math.max(4, text.length() / 3);
    String[] folded = new String[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      if (Character.isLetterOrDigit(c)) {
        while (end < text.length() && isWordPart(text.charAt(end))) {
          end++;
        }
      } else if (Character.isHighSurrogate(c) && end < text.length()) {
        end++;
      }
      if (n == folded.length) {
        folded = Arrays.copyOf(folded, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      folded[n] = fold(text.substring(i, end));
      starts[n] = i;
      ends[n] = end;
      n++;
      i = end;
    }
    return new Tokens(folded, starts, ends, n);
  }

  int size() {
    return size;
  }

  /** The folded piece at {@code i}, or null past the end, so that look-ahead needs no checks. */
  String word(int i) {
    return i < size ? folded[i] : null;
  }

  boolean is(int i, String word) {
    return i >= 0 && i < size && folded[i].equals(word);
  }

  int start(int i) {
    return starts[i];
  }

  /** Offset after the last character of piece {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** Whether piece {@code i} follows piece {@code i - 1} with no space between. */
  boolean touchesPrevious(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  /** How many leading digits piece {@code i} has (0 past the end). */
  int digits(int i) {
    if (i >= size) {
      return 0;
    }
    String w = folded[i];
    int d = 0;
    while (d < w.length() && w.charAt(d) >= '0' && w.charAt(d) <= '9') {
      d++;
    }
    return d;
  }

  /** Whether piece {@code i} is all ASCII digits. */
  boolean isNumber(int i) {
    int d = digits(i);
    return d > 0 && d == folded[i].length();
  }

  /** The value of the leading digits of piece {@code i}; at most 9 digits are read. */
  int leadingNumber(int i) {
    int d = Math.min(digits(i), 9);
    return d == 0 ? -1 : Integer.parseInt(folded[i], 0, d, 10);
  }

  /** Lower case without accents; ’ ‘ ʼ become ', and the Unicode hyphens become -. */
  static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String folded = foldChar(c);
      if (folded == null) {
        if (out != null) {
          out.append(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(text.length() + 2).append(text, 0, i);
        }
        out.append(folded);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The folded form of {@code c}, or null when it is its own. */
  private static String foldChar(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + ('a' - 'A'))) : null;
    }
    String known = FOLDED.get(c);
    return known != null ? known : decompose(c);
  }

  private static Map<Character, String> foldedTable() {
    Map<Character, String> map = new HashMap<>();
    for (char c = '\u00c0'; c <= '\u017f'; c++) {
      map.put(c, decompose(c));
    }
    for (char c : new char[] {'\u2019', '\u2018', '\u02bc'}) {
      map.put(c, "'");
    }
    for (char c : new char[] {'\u2010', '\u2011', '\u2012', '\u2013'}) {
      map.put(c, "-");
    }
    return Map.copyOf(map);
  }

  private static String decompose(char c) {
    String lower = String.valueOf(Character.toLowerCase(c));
    String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace("œ", "oe").replace("æ", "ae");
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
