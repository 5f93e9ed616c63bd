package org.vigie.clean;

import java.util.ArrayList;
import java.util.Arrays;
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
 * merging two short paragraphs that differ by a word: a changed word alters three shingles, so it
 * is absorbed only in paragraphs of about 60 words or more ((n - 3) / (n + 3) ≥ 0.9).
 *
 * <p>Candidates for the shingle test are found with a prefix filter (Chaudhuri et al. 2006): two
 * sets with Jaccard ≥ t share at least one of their first {@code n - ⌈t·n⌉ + 1} elements in any
 * fixed order, so only those are indexed. This keeps thousands of distinct lines from being
 * compared pairwise. Lines that are alike without being repeats (a table of 5000 rows that differ
 * by a number) still share their prefixes; so the shingle test stops after {@link
 * #COMPARISON_BUDGET} comparisons in one article, and from then on only keys are compared. One
 * detector per article; not thread-safe.
 */
final class DuplicateDetector {

  /** Jaccard threshold t = 9/10, kept as a fraction to stay in integer arithmetic. */
  private static final int NUM = 9;

  private static final int DEN = 10;

  /** A fraction of a second of comparisons; a real article needs a small part of it. */
  static final int COMPARISON_BUDGET = 1_000_000;

  private final int budget;
  private int comparisons;

  private final Set<String> keys = new HashSet<>();
  private final List<long[]> kept = new ArrayList<>();
  private final Map<Long, Postings> prefixIndex = new HashMap<>();

  /** For each kept paragraph, the last probe that tried it, so a candidate is tried once. */
  private int[] triedBy = new int[16];

  private int probe;

  DuplicateDetector() {
    this(COMPARISON_BUDGET);
  }

  DuplicateDetector(int budget) {
    this.budget = budget;
  }

  /** Whether the shingle test was given up for the rest of the article. */
  boolean budgetSpent() {
    return comparisons >= budget;
  }

  /** Whether {@code paragraph} repeats one seen before; if not, it is remembered. */
  boolean repeats(String paragraph) {
    Fingerprint print = Fingerprint.of(paragraph);
    if (!keys.add(print.key())) {
      return true;
    }
    long[] shingles = print.shingles();
    if (shingles.length == 0 || budgetSpent()) {
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
    probe++;
    for (int i = 0; i < prefix; i++) {
      Postings postings = prefixIndex.get(shingles[i]);
      for (int k = 0; postings != null && k < postings.size; k++) {
        int candidate = postings.ids[k];
        if (triedBy[candidate] == probe) {
          continue;
        }
        if (budgetSpent()) {
          return false;
        }
        triedBy[candidate] = probe;
        comparisons++;
        if (similar(shingles, kept.get(candidate))) {
          return true;
        }
      }
    }
    return false;
  }

  private void remember(long[] shingles, int prefix) {
    int id = kept.size();
    kept.add(shingles);
    if (id == triedBy.length) {
      triedBy = Arrays.copyOf(triedBy, id * 2);
    }
    for (int i = 0; i < prefix; i++) {
      prefixIndex.computeIfAbsent(shingles[i], k -> new Postings()).add(id);
    }
  }

  /** The kept paragraphs whose prefix holds one shingle; a growable int list. */
  private static final class Postings {
    private int[] ids = new int[2];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }
  }

  /** n - ⌈t·n⌉ + 1. */
  private static int prefixLength(int n) {
    return n - (NUM * n + DEN - 1) / DEN + 1;
  }

  /**
   * Jaccard(a, b) ≥ t. Since |a ∪ b| = |a| + |b| - |a ∩ b|, that is |a ∩ b| ≥ t (|a| + |b|) / (1 +
   * t); the walk over both sorted arrays stops as soon as that overlap is out of reach.
   */
  static boolean similar(long[] a, long[] b) {
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    if ((long) DEN * small < (long) NUM * large) {
      return false; // sizes alone rule it out
    }
    long needed = ((long) NUM * (a.length + b.length) + NUM + DEN - 1) / (NUM + DEN);
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (common + Math.min(a.length - i, b.length - j) < needed) {
        return false;
      }
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common >= needed;
  }
}
