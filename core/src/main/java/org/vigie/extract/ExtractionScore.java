package org.vigie.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The usual score of body-text extraction: both texts are cut into {@code \w+} tokens (Unicode
 * letters and digits), the multisets of their 4-token shingles are compared, and each page gets
 * precision TP/(TP+FP) and recall TP/(TP+FN). Over a set of pages, precision and recall are
 * averaged and F1 is the harmonic mean of the two averages. A text shorter than four tokens is
 * one shingle. An empty prediction has precision 0 (and recall 0) unless the expected text is
 * empty too, which scores 1 and 1.
 */
public final class ExtractionScore {

  static final int SHINGLE = 4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ExtractionScore() {}

  /** The score of one page. */
  public record Page(double precision, double recall, int truePositives, int falsePositives, int falseNegatives) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Averages over a set of pages. */
  public record Summary(int pages, double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public static Page page(String expected, String predicted) {
    Map<String, Integer> want = shingles(expected);
    Map<String, Integer> got = shingles(predicted);
    int wanted = total(want);
    int found = total(got);
    if (wanted == 0 && found == 0) {
      return new Page(1, 1, 0, 0, 0);
    }
    int tp = 0;
    for (Map.Entry<String, Integer> g : got.entrySet()) {
      tp += Math.min(g.getValue(), want.getOrDefault(g.getKey(), 0));
    }
    double p = found == 0 ? 0 : (double) tp / found;
    double r = wanted == 0 ? 1 : (double) tp / wanted;
    return new Page(p, r, tp, found - tp, wanted - tp);
  }

  public static Summary summary(List<Page> pages) {
    double p = 0;
    double r = 0;
    for (Page page : pages) {
      p += page.precision();
      r += page.recall();
    }
    int n = pages.size();
    return n == 0 ? new Summary(0, 0, 0) : new Summary(n, p / n, r / n);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = WORD.matcher(text == null ? "" : text).results().map(m -> m.group()).toList();
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(String.join(" ", tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  private static int total(Map<String, Integer> counts) {
    int n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
