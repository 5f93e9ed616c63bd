package org.vigie.clean;

import java.util.Arrays;

/**
 * A 64-bit SimHash (Charikar 2002) of a cleaned text, to find the same story written by several
 * outlets: texts that share most of their word shingles get fingerprints a few bits apart, unrelated
 * texts about 32 bits apart.
 *
 * <p>The text is folded as {@link Fingerprint} folds paragraphs (lower case, accents and
 * punctuation removed, {@code œ} spelled out); its shingles are the distinct runs of {@value
 * #SHINGLE_WORDS} consecutive words (a text of fewer words is one shingle). Each shingle is hashed
 * to 64 bits (FNV-1a of each word, combined in order, then the MurmurHash3 finaliser); bit {@code i} of the
 * fingerprint is set when more shingles have bit {@code i} set than not. An empty text has
 * fingerprint 0.
 *
 * <p>SimHash rather than MinHash: one 64-bit value per document fits the store's {@code
 * documents.simhash} column and the Hamming-distance search of {@code org.vigie.store.Stories},
 * where MinHash needs a hundred values per document to estimate Jaccard as well. The price is
 * precision on short texts: a changed sentence moves the fingerprint of a three-sentence brief by
 * many bits. The fingerprints are stored, so this definition must not change without a migration
 * that clears them.
 */
public final class SimHash {

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 3;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private SimHash() {}

  /** The fingerprint of {@code text}. */
  public static long of(String text) {
    long[] shingles = shingleHashes(text);
    if (shingles.length == 0) {
      return 0L;
    }
    int[] votes = new int[64];
    for (long h : shingles) {
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += (int) ((h >>> bit) & 1L) * 2 - 1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** The number of bits in which two fingerprints differ, 0 to 64. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /**
   * The hashes of the text's distinct shingles, sorted: what {@link #overlap} compares when two
   * fingerprints are close and the exact answer is wanted. A shingle's hash mixes the hashes of its
   * words, so no shingle string is built.
   */
  public static long[] shingleHashes(String text) {
    String folded = Fingerprint.fold(text == null ? "" : text);
    if (folded.isEmpty()) {
      return new long[0];
    }
    String[] words = folded.split(" ");
    long[] wordHashes = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      wordHashes[i] = wordHash(words[i]);
    }
    int n = Math.max(1, words.length - SHINGLE_WORDS + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int k = i; k < Math.min(words.length, i + SHINGLE_WORDS); k++) {
        h = h * 0x9E3779B97F4A7C15L + wordHashes[k];
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    return Fingerprint.distinct(out);
  }

  /**
   * The overlap coefficient of two sorted shingle-hash sets, |A ∩ B| / min(|A|, |B|): 1 when one
   * text's shingles are all in the other (a copy cut short), 0 when they share none or one is empty.
   */
  public static double overlap(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / Math.min(a.length, b.length);
  }


  /** FNV-1a over the word's UTF-16 code units. */
  static long wordHash(String word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** The MurmurHash3 64-bit finaliser: every input bit moves about half the output bits. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
