package org.vigie.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sentence from left to right and keeps, at each place, the longest date expression that
 * starts there. Before an expression may stand qualifiers ({@code depuis}, {@code début}), which
 * the mention keeps, and cues ({@code en}) and articles, which it leaves out.
 */
final class DateScanner {

  /** At most this many qualifiers, cues and articles are read before a date. */
  private static final int MAX_PREFIX = 4;

  /** What the words before a date say about it. */
  private record Prefix(int qualifierStart, boolean cued) {

    static final Prefix NONE = new Prefix(-1, false);
  }

  private final WordIndex index;
  private final Tokens tokens;
  private final AbsoluteDates absolute;
  private final RelativeDates relative;

  DateScanner(DateWords words, Tokens tokens, LocalDate article) {
    this.index = new WordIndex(words, tokens);
    this.tokens = tokens;
    this.absolute = new AbsoluteDates(index, article);
    this.relative = new RelativeDates(index, article, absolute);
  }

  List<Found> scan() {
    List<Found> out = new ArrayList<>(2);
    int i = 0;
    while (i < tokens.size()) {
      Found found = at(i);
      if (found == null) {
        i++;
      } else {
        out.add(found);
        i = found.end();
      }
    }
    return out;
  }

  /** The longest expression starting at piece {@code i}, its prefix included, or null. */
  private Found at(int i) {
    if (!index.mayStart(i)) {
      return null;
    }
    Found best = core(i, Prefix.NONE);
    Prefix prefix = Prefix.NONE;
    int k = i;
    for (int step = 0; step < MAX_PREFIX; step++) {
      DateWords.Hit qualifier = index.match(WordKind.QUALIFIER, k);
      DateWords.Hit cue = index.match(WordKind.CUE, k);
      DateWords.Hit article = index.match(WordKind.ARTICLE, k);
      int end = Math.max(endOf(qualifier), Math.max(endOf(cue), endOf(article)));
      if (end < 0) {
        break;
      }
      if (end == endOf(qualifier)) {
        int start = prefix.qualifierStart < 0 ? k : prefix.qualifierStart;
        prefix = new Prefix(start, true);
        k = afterLink(end);
      } else if (end == endOf(cue)) {
        prefix = new Prefix(prefix.qualifierStart, true);
        k = afterLink(end);
      } else {
        k = end;
      }
      Found found = core(k, prefix);
      if (found != null && prefix.qualifierStart >= 0) {
        found = found.startingAt(prefix.qualifierStart);
      }
      if (found != null && found.longerThan(best)) {
        best = found;
      }
    }
    return best;
  }

  /** The longest date expression that starts exactly at {@code k}. */
  private Found core(int k, Prefix prefix) {
    if (!index.mayStart(k)) {
      return null;
    }
    Found best = absolute.range(k);
    best = longer(best, absolute.absolute(k, prefix.cued));
    best = longer(best, relative.weekday(k));
    best = longer(best, relative.namedDay(k));
    best = longer(best, relative.ago(k));
    return longer(best, relative.period(k, prefix.qualifierStart >= 0));
  }

  private int afterLink(int at) {
    DateWords.Hit link = index.match(WordKind.LINK, at);
    return link == null ? at : link.end();
  }

  private static int endOf(DateWords.Hit hit) {
    return hit == null ? -1 : hit.end();
  }

  private static Found longer(Found best, Found candidate) {
    return candidate != null && candidate.longerThan(best) ? candidate : best;
  }
}
