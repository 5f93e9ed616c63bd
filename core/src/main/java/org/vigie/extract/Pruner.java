package org.vigie.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text: scripts and styles, hidden elements, form controls,
 * navigation, site headers and footers, asides, and every element whose class or id names are
 * {@code drop} words (comments, related grids, share bars, newsletter, cookie and paywall boxes,
 * ads). An element that holds the headline or the schema.org {@code articleBody} is never
 * removed, whatever its names say. Iterative: deep pages cannot overflow the stack.
 */
final class Pruner {

  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
      "iframe", "frame", "object", "embed", "button", "input", "select", "option", "textarea", "link", "meta",
      "dialog", "video", "audio", "source", "track", "map", "nav", "aside", "menu", "footer", "form");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "contentinfo", "complementary", "banner", "search", "dialog", "alertdialog", "menu",
          "menubar", "toolbar");

  private final ClassNames names;

  Pruner(ClassNames names) {
    this.names = names;
  }

  /** Prunes {@code doc} in place, keeping {@code keep} and its ancestors. */
  void prune(Document doc, Element keep) {
    Set<Element> protectedElements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : doc.select("[itemprop=articleBody]")) {
      protect(e, protectedElements);
    }
    if (keep != null) {
      protect(keep, protectedElements);
    }
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        if (!(node instanceof Element e) || protectedElements.contains(e)) {
          return FilterResult.CONTINUE;
        }
        return isFurniture(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  private boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("form")) {
      // Some CMSs wrap the whole page in a form: only small forms (search, newsletter) go.
      return e.text().length() < 400;
    }
    if (NEVER_TEXT.contains(tag) || tag.equals("header") && !PageMetadata.insideArticle(e)) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    if (FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return names.of(e).contains(ClassNames.Kind.DROP);
  }

  private static void protect(Element e, Set<Element> into) {
    for (Element p = e; p != null; p = p.parent()) {
      into.add(p);
    }
  }
}
