package org.vigie.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standfirst (chapô, lede): the summary paragraph between the headline and the body, often
 * outside the element that holds the body. Recognised by its class names ({@code standfirst}
 * words) or by being the page's own description ({@code og:description}, JSON-LD).
 */
final class Standfirst {

  private static final int MIN = 30;
  private static final int MAX = 800;

  private Standfirst() {}

  /** The standfirst element before the body, or null when there is none outside the body. */
  static Element find(Document doc, List<Element> body, PageMetadata meta, ClassNames names,
      ContentFinder.Lengths lengths) {
    Element start = body.get(0);
    String description = normal(meta.description());
    Element headline = meta.headline() != null && meta.headline().parent() != null ? meta.headline() : null;
    boolean afterHeadline = headline == null;
    for (Element e : doc.body().getAllElements()) {
      if (e == start) {
        return null;
      }
      if (e == headline) {
        afterHeadline = true;
        continue;
      }
      int length = lengths.text(e);
      if (!afterHeadline || length < MIN || length > MAX * 2 || isAncestor(e, start)
          || (headline != null && isAncestor(headline, e))) {
        continue;
      }
      String text = PageMetadata.clean(e.text());
      if (text.length() < MIN || text.length() > MAX) {
        continue;
      }
      var kinds = names.of(e);
      boolean named = kinds.contains(ClassNames.Kind.STANDFIRST) && !kinds.contains(ClassNames.Kind.META);
      boolean described = description != null && (normal(text).equals(description)
          || description.length() > 60 && normal(text).startsWith(description.substring(0, description.length() - 5)));
      if ((named && headline != null) || described) {
        return e;
      }
    }
    return null;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String s) {
    return s == null ? null : PageMetadata.clean(s).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
