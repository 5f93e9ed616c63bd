package org.vigie.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns body elements into lines: one per paragraph, subheading, list item, table row (cells
 * joined by {@code " | "}), block quote paragraph or {@code <br>}-separated line. Captions
 * ({@code figure}, {@code figcaption}), the headline ({@code h1}) and short elements named as
 * bylines, dates or captions ({@code meta} words) are left out. Iterative.
 */
final class TextRenderer {

  /** One line of text, with what is needed to judge it. */
  record Line(String text, int linkChars, boolean heading) {
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
  }

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote",
      "pre", "hr", "address", "center", "details", "summary", "caption");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("figure", "figcaption", "h1", "img", "picture", "head", "title", "address");
  private static final int MAX_META_TEXT = 400;

  private final ClassNames names;

  TextRenderer(ClassNames names) {
    this.names = names;
  }

  List<Line> render(Element root, ContentFinder.Lengths lengths) {
    List<Line> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] links = {0};
    int[] inLink = {0};
    int[] inCell = {0};
    int[] inPre = {0};
    boolean[] heading = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          if (inPre[0] > 0 && s.indexOf('\n') >= 0) {
            String[] parts = s.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
              if (i > 0) {
                flush(lines, current, links, heading);
              }
              append(current, parts[i]);
            }
            return FilterResult.CONTINUE;
          }
          int before = current.length();
          append(current, s);
          if (inLink[0] > 0) {
            links[0] += current.length() - before;
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag) && !(tag.equals("figure") && holdsText(e)) || isMeta(e, lengths)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        switch (tag) {
          case "a" -> inLink[0]++;
          case "br" -> {
            if (inCell[0] == 0) {
              flush(lines, current, links, heading);
            } else {
              append(current, " ");
            }
          }
          case "td", "th" -> {
            if (isDataCell(e)) {
              if (inCell[0] == 0 && current.length() > 0) {
                current.append(" | ");
              }
              inCell[0]++;
            } else if (inCell[0] == 0) {
              flush(lines, current, links, heading);
            }
          }
          case "pre" -> inPre[0]++;
          default -> { }
        }
        if (BLOCKS.contains(tag) && inCell[0] == 0) {
          flush(lines, current, links, heading);
          heading[0] = HEADINGS.contains(tag);
        } else if (BLOCKS.contains(tag)) {
          append(current, " ");
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          switch (tag) {
            case "a" -> inLink[0]--;
            case "td", "th" -> {
              if (isDataCell(e)) {
                inCell[0]--;
              } else if (inCell[0] == 0) {
                flush(lines, current, links, heading);
              }
            }
            case "pre" -> inPre[0]--;
            default -> { }
          }
          if (BLOCKS.contains(tag) && inCell[0] == 0) {
            flush(lines, current, links, heading);
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush(lines, current, links, heading);
    return lines;
  }

  /** A figure that holds a table, a quote or code, not only a picture and its caption. */
  private static boolean holdsText(Element figure) {
    return figure.selectFirst("table, blockquote, pre") != null;
  }

  /**
   * A cell of a data table, whose row is one line: a cell with sibling cells. The lone cell of
   * a layout table is a block like a div.
   */
  private static boolean isDataCell(Element cell) {
    Element row = cell.parent();
    if (row == null) {
      return false;
    }
    int cells = 0;
    for (Element c : row.children()) {
      String t = c.normalName();
      if ((t.equals("td") || t.equals("th")) && ++cells > 1) {
        return true;
      }
    }
    return false;
  }

  /** A short element named as a byline, date, caption or credit. */
  private boolean isMeta(Element e, ContentFinder.Lengths lengths) {
    return e.attributesSize() > 0 && names.of(e).contains(ClassNames.Kind.META) && lengths.text(e) < MAX_META_TEXT;
  }

  private static void append(StringBuilder current, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009';
      if (space) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else if (c != '\u00AD' && c != '\u200B') {
        current.append(c);
      }
    }
  }

  private static void flush(List<Line> lines, StringBuilder current, int[] links, boolean[] heading) {
    String text = current.toString().strip();
    if (text.startsWith("| ")) {
      text = text.substring(2);
    }
    if (!text.isEmpty()) {
      lines.add(new Line(text, links[0], heading[0]));
    }
    current.setLength(0);
    links[0] = 0;
    heading[0] = false;
  }
}
