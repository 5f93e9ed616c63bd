package org.vigie.enrich;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Span;

/**
 * Finds the quoted stretches of a text: outermost pairs of « », “ ” or straight double quotes,
 * paragraph by paragraph. Marks inside a quote are part of it (a quote within a quote). A quote
 * left open at the end of a paragraph goes on in the next one when that paragraph opens with a mark
 * again, as the press writes long quotes; otherwise it is dropped as a stray mark.
 */
final class QuoteMarks {

  /**
   * A quoted stretch.
   *
   * @param parts the quoted characters of each paragraph it covers, marks and spaces left out
   * @param open offset of its opening mark
   * @param close offset of its closing mark
   */
  record Quoted(List<Span> parts, int open, int close) {

    Quoted {
      parts = List.copyOf(parts);
    }

    /** This quote followed by {@code next}, as one. */
    Quoted joinedWith(Quoted next) {
      List<Span> all = new ArrayList<>(parts);
      all.addAll(next.parts);
      return new Quoted(all, open, next.close);
    }
  }

  private final String text;
  private final List<Quoted> found = new ArrayList<>();
  private final List<Span> parts = new ArrayList<>();
  private char closer;
  private int depth;
  private int open;
  private int contentStart;

  private QuoteMarks(String text) {
    this.text = text;
  }

  /** The quotes of {@code text}, whose paragraphs are {@code paragraphs}, in text order. */
  static List<Quoted> find(String text, List<Span> paragraphs) {
    QuoteMarks marks = new QuoteMarks(text);
    for (Span p : paragraphs) {
      marks.paragraph(p);
    }
    return List.copyOf(marks.found);
  }

  private void paragraph(Span p) {
    int i = p.start();
    if (closer != 0) {
      i = skipSpaces(i, p.end());
      if (i < p.end() && closerOf(text.charAt(i), i, p.end()) != 0) {
        contentStart = i + 1;
        depth = 0;
        i++;
      } else {
        reset(); // left open and not taken up again: a stray mark
      }
    }
    for (; i < p.end(); i++) {
      char c = text.charAt(i);
      if (closer == 0) {
        char expected = closerOf(c, i, p.end());
        if (expected != 0) {
          closer = expected;
          depth = 0;
          open = i;
          contentStart = i + 1;
        }
      } else if (c == closer && depth == 0) {
        addPart(contentStart, i);
        found.add(new Quoted(parts, open, i));
        reset();
      } else if (c == closer) {
        depth--;
      } else if (closer != '"' && c == openerOf(closer)) {
        depth++;
      }
    }
    if (closer != 0) {
      addPart(contentStart, p.end());
    }
  }

  /** The mark that closes a quote opened by {@code c} at {@code i}, or 0 if it opens none. */
  private char closerOf(char c, int i, int end) {
    switch (c) {
      case '«':
        return '»';
      case '“':
        return '”';
      case '"':
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < end && !isSpace(text.charAt(i + 1));
        return before && after ? '"' : 0;
      default:
        return 0;
    }
  }

  private static char openerOf(char closer) {
    return closer == '»' ? '«' : '“';
  }

  /** Adds the quoted characters, without the spaces around them nor a comma left at the end. */
  private void addPart(int from, int to) {
    int a = skipSpaces(from, to);
    int b = to;
    while (b > a && (isSpace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
      b--;
    }
    if (b > a) {
      parts.add(new Span(a, b));
    }
  }

  private void reset() {
    closer = 0;
    parts.clear();
  }

  private int skipSpaces(int i, int end) {
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
