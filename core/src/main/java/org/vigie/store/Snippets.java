package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Plain-text extracts of a document around what a query matched: the text is analysed as it was
 * indexed, the window of {@link #LENGTH} characters holding the most matched words is kept, cut at
 * word boundaries, with {@code …} where text was left out. No markup: callers show it as it is.
 */
final class Snippets {

  /** About two lines of a terminal. */
  static final int LENGTH = 200;

  private Snippets() {}

  /**
   * @param terms the analysed query terms of {@code field} (empty: the start of the text)
   */
  static String around(String text, Analyzer analyzer, String field, Set<String> terms) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    List<Integer> starts = terms.isEmpty() ? List.of() : matches(text, analyzer, field, terms);
    int from = starts.isEmpty() ? 0 : bestWindow(starts);
    return extract(text, from);
  }

  /** Start offsets of the words of {@code text} whose analysed form is one of {@code terms}. */
  private static List<Integer> matches(String text, Analyzer analyzer, String field, Set<String> terms) {
    List<Integer> starts = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString())) {
          starts.add(offset.startOffset());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return starts;
  }

  /** Where to start so that the window covers the most matches; a little context before the first. */
  private static int bestWindow(List<Integer> starts) {
    int best = starts.get(0);
    int bestCount = 0;
    int j = 0;
    for (int i = 0; i < starts.size(); i++) {
      while (starts.get(j) < starts.get(i) - LENGTH * 2 / 3) {
        j++;
      }
      if (i - j + 1 > bestCount) {
        bestCount = i - j + 1;
        best = starts.get(j);
      }
    }
    return Math.max(0, best - LENGTH / 5);
  }

  private static String extract(String text, int from) {
    int start = from;
    if (start > 0) {
      while (start < text.length() && !Character.isWhitespace(text.charAt(start - 1))) {
        start++;
      }
    }
    int end = Math.min(text.length(), start + LENGTH);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      if (space > start + LENGTH / 2) {
        end = space;
      }
    }
    String body = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
  }
}
