package org.vigie.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the paragraphs of one article and tells whether a new one repeats an earlier one.
 *
 * <p>A paragraph repeats an earlier one when their {@link Fingerprint} keys are equal (the same
 * words, whatever the case, accents, punctuation, quote marks and spacing), or when the Jaccard
 * similarity of their word 3-shingles is at least 0.9 (a word changed in a long paragraph). Keys
 * alone catch scrapers' exact and typographic copies; shingles catch a corrected typo without
 * merging two short paragraphs that differ by a word: a changed word alters three shingles, so
 * it is absorbed only in paragraphs of about 60 words or more ((n - 3) / (n + 3) ≥ 0.9).
 *
 * <p>Candidates for the shingle test are found with a prefix filter (Chaudhuri et al. 2006):
 * two sets with Jaccard ≥ t share at least one of their first {@code n - ⌈t·n⌉ + 1} elements in
 * any fixed order, so only those are indexed. This keeps thousands of distinct lines from being
 * compared pairwise. One detector per article; not thread-safe.
 */
final class DuplicateDetector {

  /** Jaccard threshold t = 9/10, kept as a fraction to stay in integer arithmetic. */
  private static final int NUM = 9;

  private static final int DEN = 10;

  private final Set<String> keys = new HashSet<>();
  private final List<long[]> kept = new ArrayList<>();
  private final Map<Long, List<Integer>> prefixIndex = new HashMap<>();

  /** Whether {@code paragraph} repeats one seen before; if not, it is remembered. */
  boolean repeats(String paragraph) {
    Fingerprint print = Fingerprint.of(paragraph);
    if (!keys.add(print.key())) {
      return true;
    }
    long[] shingles = print.shingles();
    if (shingles.length == 0) {
      return false;
    }
    int prefix = prefixLength(shingles.length);
    if (nearCopyOfKept(shingles, prefix)) {
      return true;
    }
    remember(shingles, prefix);
    return false;
  }

  private boolean nearCopyOfKept(long[] shingles, int prefix) {
    Set<Integer> tried = new HashSet<>();
    for (int i = 0; i < prefix; i++) {
      for (int candidate : prefixIndex.getOrDefault(shingles[i], List.of())) {
        if (tried.add(candidate) && similar(shingles, kept.get(candidate))) {
          return true;
        }
      }
    }
    return false;
  }

  private void remember(long[] shingles, int prefix) {
    int id = kept.size();
    kept.add(shingles);
    for (int i = 0; i < prefix; i++) {
      prefixIndex.computeIfAbsent(shingles[i], k -> new ArrayList<>()).add(id);
    }
  }

  /** n - ⌈t·n⌉ + 1. */
  private static int prefixLength(int n) {
    return n - (NUM * n + DEN - 1) / DEN + 1;
  }

  /** Jaccard(a, b) ≥ t, that is |a ∩ b| / |a ∪ b| ≥ NUM / DEN. */
  static boolean similar(long[] a, long[] b) {
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    if ((long) DEN * small < (long) NUM * large) {
      return false; // sizes alone rule it out
    }
    long common = Fingerprint.overlap(a, b);
    long union = a.length + b.length - common;
    return DEN * common >= NUM * union;
  }
}
