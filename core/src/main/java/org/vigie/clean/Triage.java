package org.vigie.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on each paragraph of one article, and the credited source.
 *
 * <p>Furniture is decided first, so a share line that occurs twice is reported twice as furniture
 * rather than once as a duplicate. Repeats are then found among the other paragraphs, the first
 * occurrence kept. Last, credits are looked for from the end: walking back over furniture and
 * repeats, each credit line met is taken, and the walk stops at the first paragraph of article
 * text. A credit line in the middle of the article is therefore text.
 *
 * @param verdicts one per paragraph, in order
 * @param creditedSource the credited agencies in text order, joined by {@code ", "}, or null
 * @param repeatsExactOnly whether the article was so long and repetitive that the search for near
 *     repeats was given up (see {@link DuplicateDetector#COMPARISON_BUDGET})
 */
record Triage(List<Verdict> verdicts, String creditedSource, boolean repeatsExactOnly) {

  Triage {
    verdicts = List.copyOf(verdicts);
  }

  static Triage of(List<String> paragraphs, BoilerplateRules rules) {
    List<Verdict> verdicts = new ArrayList<>(paragraphs.size());
    DuplicateDetector repeats = new DuplicateDetector();
    for (String paragraph : paragraphs) {
      if (rules.isFurniture(paragraph)) {
        verdicts.add(Verdict.FURNITURE);
      } else {
        verdicts.add(repeats.repeats(paragraph) ? Verdict.DUPLICATE : Verdict.KEPT);
      }
    }
    Deque<String> credits = trailingCredits(paragraphs, verdicts, rules);
    String source = credits.isEmpty() ? null : String.join(", ", new LinkedHashSet<>(credits));
    return new Triage(verdicts, source, repeats.budgetSpent());
  }

  /** Marks the credit lines at the end as such; returns their sources in text order. */
  private static Deque<String> trailingCredits(
      List<String> paragraphs, List<Verdict> verdicts, BoilerplateRules rules) {
    Deque<String> sources = new ArrayDeque<>();
    for (int i = paragraphs.size() - 1; i >= 0; i--) {
      if (verdicts.get(i) == Verdict.FURNITURE) {
        continue;
      }
      Optional<String> source = rules.credit(paragraphs.get(i));
      if (source.isPresent()) {
        verdicts.set(i, Verdict.CREDIT);
        sources.addFirst(source.get());
      } else if (verdicts.get(i) != Verdict.DUPLICATE) {
        break;
      }
    }
    return sources;
  }

  long count(Verdict verdict) {
    return verdicts.stream().filter(v -> v == verdict).count();
  }
}
