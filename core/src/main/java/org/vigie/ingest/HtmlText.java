package org.vigie.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment (a feed item's content), one paragraph per line: every block element
 * ({@code p}, {@code div}, {@code li}, headings...) and every {@code br} ends a line, and spaces
 * inside a line are collapsed. Scripts and styles give nothing.
 */
final class HtmlText {

  private HtmlText() {}

  static String of(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return collapse(html); // no markup: most titles and many descriptions
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    Paragraphs paragraphs = new Paragraphs();
    NodeTraversor.traverse(paragraphs, body);
    paragraphs.endLine();
    return String.join("\n", paragraphs.lines);
  }

  private static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static final class Paragraphs implements NodeVisitor {
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        line.append(text.getWholeText());
      } else if (node instanceof Element element && endsLine(element)) {
        endLine();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && endsLine(element)) {
        endLine();
      }
    }

    private static boolean endsLine(Element element) {
      return element.isBlock() || element.nameIs("br");
    }

    void endLine() {
      String text = collapse(line.toString());
      if (!text.isEmpty()) {
        lines.add(text);
      }
      line.setLength(0);
    }
  }
}
