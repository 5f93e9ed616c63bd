package org.vigie.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements holding the article body in a pruned page. Signals, strongest first: the
 * schema.org {@code articleBody} (microdata element, or the element holding the JSON-LD text);
 * then a score in the manner of readability: every paragraph gives points for its length and
 * commas to its parent and, less, to its grandparents; class and id names (content or furniture
 * words), the {@code article} and {@code main} tags and link density adjust the score. The best
 * element is taken with those of its siblings that score near it (a body split by ads or in
 * several blocks, a live blog's entries).
 */
final class ContentFinder {

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "li", "dd");
  private static final Set<String> CONTAINERS =
      Set.of("div", "section", "article", "main", "td", "blockquote", "ul", "ol", "dl", "body", "span", "font", "center", "table", "tbody");
  private static final int MIN_PARAGRAPH = 25;
  private static final double LD_BONUS = 50;

  private final ClassNames names;

  ContentFinder(ClassNames names) {
    this.names = names;
  }

  /** Text and link lengths of every element, computed once bottom-up. */
  static final class Lengths {
    private final Map<Element, int[]> byElement = new IdentityHashMap<>();
    private int depth;

    /** How deep the deepest element is nested. */
    int depth() {
      return depth;
    }

    static Lengths of(Element root) {
      Lengths l = new Lengths();
      NodeTraversor.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {
          if (node instanceof Element e) {
            l.byElement.put(e, new int[2]);
            l.depth = Math.max(l.depth, depth);
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof TextNode t && t.parent() != null) {
            int[] own = l.byElement.get(t.parent());
            if (own != null) {
              own[0] += visibleLength(t.getWholeText());
            }
          } else if (node instanceof Element e && e.parent() != null) {
            int[] own = l.byElement.get(e);
            int[] up = l.byElement.get(e.parent());
            if (up != null) {
              up[0] += own[0];
              up[1] += e.normalName().equals("a") ? own[0] : own[1];
            }
          }
        }
      }, root);
      return l;
    }

    int text(Element e) {
      int[] v = byElement.get(e);
      return v == null ? 0 : v[0];
    }

    double linkDensity(Element e) {
      int[] v = byElement.get(e);
      if (e.normalName().equals("a")) {
        return 1;
      }
      return v == null || v[0] == 0 ? 0 : Math.min(1.0, (double) v[1] / v[0]);
    }
  }

  /** The body elements in document order; empty when the page has no text at all. */
  List<Element> find(Document doc, JsonLd ld, Lengths lengths) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    Element marked = doc.selectFirst("[itemprop=articleBody]");
    if (marked != null && lengths.text(marked) >= 200) {
      return List.of(marked);
    }
    Map<Element, Double> scores = score(body, lengths);
    Element fromLd = holderOf(body, ld.body(), lengths);
    if (fromLd != null) {
      // The JSON-LD text may be only the free part of the article: a hint, not the answer.
      Element holder = fromLd.normalName().equals("p") && fromLd.parent() != null ? fromLd.parent() : fromLd;
      scores.computeIfAbsent(holder, this::initial);
      scores.merge(holder, LD_BONUS, Double::sum);
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> c : scores.entrySet()) {
      double s = c.getValue() * (1 - lengths.linkDensity(c.getKey()));
      c.setValue(s);
      if (s > best) {
        best = s;
        top = c.getKey();
      }
    }
    if (top == null) {
      return lengths.text(body) > 0 ? List.of(body) : List.of();
    }
    return withSiblings(repeatedAncestor(top, scores), scores, lengths);
  }

  /**
   * When the best element is part of a repeated unit (a live blog's entry, a row of an old table
   * layout), the unit: the parent or grandparent that has a sibling of the same tag and class
   * holding paragraphs too.
   */
  private static Element repeatedAncestor(Element top, Map<Element, Double> scores) {
    Element unit = top;
    for (int level = 0; level < 2 && unit.parent() != null && unit.parent().parent() != null; level++) {
      Element candidate = level == 0 && hasTwin(top, scores) ? top : unit.parent();
      if (hasTwin(candidate, scores)) {
        return candidate;
      }
      unit = candidate;
    }
    return top;
  }

  private static boolean hasTwin(Element e, Map<Element, Double> scores) {
    double own = scores.getOrDefault(e, 0.0);
    Element parent = e.parent();
    if (parent == null || own <= 0) {
      return false;
    }
    for (Element s : parent.children()) {
      if (s != e && s.normalName().equals(e.normalName()) && s.className().equals(e.className())
          && scores.getOrDefault(s, 0.0) >= own * 0.3) {
        return true;
      }
    }
    return false;
  }

  private Map<Element, Double> score(Element body, Lengths lengths) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean paragraph = PARAGRAPHS.contains(tag) || CONTAINERS.contains(tag) && ownTextLength(e) >= MIN_PARAGRAPH;
      if (!paragraph) {
        continue;
      }
      boolean whole = PARAGRAPHS.contains(tag) && !tag.equals("li") && !tag.equals("td");
      int length = whole ? lengths.text(e) : ownTextLength(e);
      if (length < MIN_PARAGRAPH || lengths.linkDensity(e) > 0.5) {
        continue;
      }
      double points = 1 + commas(whole ? e.text() : e.ownText()) + Math.min(length / 100.0, 3);
      Element up = e.parent();
      for (int level = 1; level <= 3 && up != null; level++, up = up.parent()) {
        scores.computeIfAbsent(up, this::initial);
        scores.merge(up, points / (level == 1 ? 1 : level * 1.5), Double::sum);
      }
    }
    return scores;
  }

  /** The score an element starts with: its tag and its class and id names. */
  private double initial(Element e) {
    double s = switch (e.normalName()) {
      case "article" -> 10;
      case "main" -> 5;
      case "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header" -> -5;
      default -> 0;
    };
    Set<ClassNames.Kind> kinds = names.of(e);
    if (kinds.contains(ClassNames.Kind.CONTENT)) {
      s += 25;
    }
    if (kinds.contains(ClassNames.Kind.FURNITURE) || kinds.contains(ClassNames.Kind.META)) {
      s -= 25;
    }
    return s;
  }

  /** The top element and the siblings that belong with it, in document order. */
  private List<Element> withSiblings(Element top, Map<Element, Double> scores, Lengths lengths) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top || belongs(s, top, threshold, scores, lengths)) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean belongs(Element s, Element top, double threshold, Map<Element, Double> scores, Lengths lengths) {
    int length = lengths.text(s);
    double links = lengths.linkDensity(s);
    if (length == 0 || links > 0.5) {
      return false;
    }
    if (scores.getOrDefault(s, 0.0) >= threshold) {
      return true;
    }
    if (s.normalName().equals(top.normalName()) && s.className().equals(top.className()) && length >= MIN_PARAGRAPH
        && (!s.className().isEmpty() || scores.getOrDefault(s, 0.0) > 0)) {
      return true;
    }
    if (s.normalName().equals("p")) {
      String t = s.text();
      return length > 80 && links < 0.25 || length > 0 && links == 0 && t.endsWith(".");
    }
    return false;
  }

  /**
   * The smallest element holding both ends of the JSON-LD {@code articleBody}, when its text is
   * not much longer than the body: the page's own statement of where the article is.
   */
  static Element holderOf(Element body, String articleBody, Lengths lengths) {
    if (articleBody == null) {
      return null;
    }
    String text = PageMetadata.clean(articleBody);
    if (text.length() < 300) {
      return null;
    }
    String head = text.substring(0, 60);
    String tail = text.substring(text.length() - 60);
    Element first = null;
    Element last = null;
    for (Element e : body.getElementsByTag("p")) {
      String t = PageMetadata.clean(e.text());
      if (first == null && t.contains(head)) {
        first = e;
      }
      if (t.contains(tail)) {
        last = e;
      }
    }
    if (first == null || last == null) {
      return null;
    }
    Element common = first;
    while (common != null && !isAncestorOrSelf(common, last)) {
      common = common.parent();
    }
    return common != null && lengths.text(common) <= text.length() * 3 ? common : null;
  }

  private static boolean isAncestorOrSelf(Element a, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += visibleLength(t.getWholeText());
    }
    return n;
  }

  static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
      if (!ws || !space) {
        n++;
      }
      space = ws;
    }
    return n;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '،') {
        n++;
      }
    }
    return n;
  }
}
