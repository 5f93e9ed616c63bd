package org.vigie.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The metadata of a page: canonical address, headline, publication date, author and language,
 * each from the most reliable signal present (schema.org JSON-LD and microdata, Open Graph and
 * article meta tags, then the visible page). Read before the page is pruned. The description
 * ({@code og:description}) is kept to recognise the standfirst.
 */
record PageMetadata(String url, String title, Element headline, LocalDate date, String author, String lang,
    String description) {

  private static final Pattern BYLINE_PREFIX =
      Pattern.compile("^(?i)(?:par|by|de|texte|written by|posted by)\\s*:?\\s+");
  private static final Pattern BYLINE_END =
      Pattern.compile("\\s*(?:\\(|\\||—|–| - |,|\\bpublié|\\bpublished|\\bupdated|\\bmis à jour|\\ble \\d|\\bon \\p{Lu}|\\d).*$");
  private static final List<String> AUTHOR_CLASSES =
      List.of("byline", "author", "auteur", "signature", "field--name-uid");
  private static final Pattern PUBLISHED =
      Pattern.compile("(?i)\\b(?:publié|publiée|published|posted|paru|mis en ligne)\\b");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");

  static PageMetadata read(Document doc, JsonLd ld, String fetchedFrom, Agencies agencies) {
    Map<String, String> metas = metas(doc);
    Element headline = headline(doc, metas, ld);
    String title = headline != null ? clean(headline.text()) : firstNonBlank(
        ld.headline(), meta(metas, "og:title"), meta(metas, "twitter:title"), siteTitle(doc.title()));
    return new PageMetadata(url(doc, metas, ld, fetchedFrom), title, headline, date(doc, metas, ld), author(doc, metas, ld, agencies), lang(doc, metas, ld),
        firstNonBlank(meta(metas, "og:description"), meta(metas, "description"), ld.description()));
  }

  private static String url(Document doc, Map<String, String> metas, JsonLd ld, String fetchedFrom) {
    Element canonical = doc.head().selectFirst("link[rel=canonical][href]");
    if (canonical == null) {
      canonical = doc.selectFirst("link[rel=canonical][href]");
    }
    String url = canonical != null ? canonical.absUrl("href") : null;
    if ((url == null || url.isEmpty()) && canonical != null) {
      url = canonical.attr("href");
    }
    String og = meta(metas, "og:url");
    if (url != null && og != null && !host(url).equals(host(og))) {
      // A canonical link to another site is the syndication source; the page's own address is og:url.
      return og;
    }
    return firstNonBlank(url, og, ld.url(), fetchedFrom);
  }

  private static String host(String url) {
    String rest = url.replaceFirst("^[a-zA-Z]+://", "");
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  /**
   * The page's h1 that is the headline: the one agreeing with og:title or JSON-LD, else the one
   * inside an article or main element, else the only one. A logo in an h1 is never taken.
   */
  private static Element headline(Document doc, Map<String, String> metas, JsonLd ld) {
    Elements h1s = doc.getElementsByTag("h1");
    String declared = firstNonBlank(meta(metas, "og:title"), ld.headline(), meta(metas, "twitter:title"), doc.title());
    String key = declared == null ? null : normal(declared);
    Element inArticle = null;
    for (Element h : h1s) {
      String t = normal(h.text());
      if (t.length() < 10) {
        continue;
      }
      if (key != null && (key.equals(t) || key.contains(t) || t.contains(key))) {
        return h;
      }
      if (inArticle == null && insideArticle(h)) {
        inArticle = h;
      }
    }
    if (inArticle != null) {
      return inArticle;
    }
    return h1s.size() == 1 && normal(h1s.get(0).text()).length() >= 10 && declared == null ? h1s.get(0) : null;
  }

  /** Whether an ancestor is an article, main or schema.org articleBody element. */
  static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("article") || tag.equals("main") || "articleBody".equals(p.attr("itemprop"))) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate date(Document doc, Map<String, String> metas, JsonLd ld) {
    List<Supplier<String>> candidates = List.of(
        ld::datePublished, () -> meta(metas, "article:published_time"), () -> meta(metas, "og:article:published_time"),
        () -> meta(metas, "datePublished"), () -> meta(metas, "pubdate"), () -> meta(metas, "publish-date"),
        () -> meta(metas, "date"), () -> meta(metas, "dc.date"), () -> meta(metas, "DC.date.issued"),
        () -> meta(metas, "sailthru.date"), () -> meta(metas, "parsely-pub-date"),
        () -> attr(doc, "[itemprop=datePublished]", "content", "datetime"), () -> attr(doc, "time[pubdate]", "datetime"),
        () -> attr(doc, "article time[datetime], main time[datetime], time[datetime]", "datetime"),
        () -> meta(metas, "article:modified_time"));
    // Lazily: most pages answer with their first signal, and each selector scans the whole page.
    for (Supplier<String> c : candidates) {
      LocalDate d = PublicationDates.parse(c.get());
      if (d != null) {
        return d;
      }
    }
    for (Element e : doc.select("[class~=(?i)date|time|publi|byline|meta], time")) {
      if (e.text().length() < 200) {
        LocalDate d = PublicationDates.parse(e.text());
        if (d != null) {
          return d;
        }
      }
    }
    int looked = 0;
    for (Element e : doc.body().getAllElements()) {
      if (looked++ > 3000) {
        break;
      }
      if (e.childrenSize() <= 2 && PUBLISHED.matcher(e.ownText()).find()) {
        LocalDate d = PublicationDates.parse(e.text());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static String author(Document doc, Map<String, String> metas, JsonLd ld, Agencies agencies) {
    if (!ld.authors().isEmpty()) {
      return agencies.personal(String.join(", ", ld.authors()));
    }
    String meta = firstNonBlank(meta(metas, "author"), meta(metas, "article:author"), meta(metas, "dc.creator"),
        meta(metas, "parsely-author"), meta(metas, "sailthru.author"));
    if (meta != null && !meta.startsWith("http")) {
      return agencies.personal(meta);
    }
    for (Element author : doc.getElementsByAttributeValue("itemprop", "author")) {
      Element named = author.selectFirst("[itemprop=name]");
      String name = named == null ? null : byline(firstNonBlank(named.attr("content"), named.text()));
      if (name != null) {
        return agencies.personal(name);
      }
    }
    // The most specific byline element: the shortest name found in one.
    String best = null;
    int candidates = 0;
    for (Element e : doc.body().getAllElements()) {
      if (!namesAuthor(e)) {
        continue;
      }
      if (++candidates > 20) {
        break; // the byline comes early; the rest are comment authors
      }
      String text = firstNonBlank(e.attr("content"), e.text());
      String name = text == null || text.length() > 150 ? null : byline(text);
      if (name != null && name.length() >= 3 && Character.isLetter(name.charAt(0))
          && !name.equals(name.toLowerCase(Locale.ROOT))
          && (best == null || name.length() < best.length())) {
        best = name;
      }
    }
    return agencies.personal(best);
  }

  /** An element whose attributes say it holds the author's name (a plain scan: selectors with regexes cost more). */
  private static boolean namesAuthor(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if ("author".equals(e.attr("itemprop")) || "author".equals(e.attr("rel"))) {
      return true;
    }
    String cls = e.className();
    if (cls.isEmpty()) {
      return false;
    }
    String lower = cls.toLowerCase(Locale.ROOT);
    for (String word : AUTHOR_CLASSES) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "Par Marie Dupont (à Bruxelles), publié le..." → "Marie Dupont". */
  static String byline(String text) {
    if (text == null) {
      return null;
    }
    String t = BYLINE_PREFIX.matcher(clean(text)).replaceFirst("");
    t = BYLINE_END.matcher(t).replaceFirst("").strip();
    return t.isEmpty() || t.length() > 80 ? null : t;
  }

  private static String lang(Document doc, Map<String, String> metas, JsonLd ld) {
    Element html = doc.firstElementChild();
    String declared = firstNonBlank(html == null ? null : html.attr("lang"), meta(metas, "content-language"),
        attr(doc.head(), "meta[http-equiv=content-language]", "content"), meta(metas, "og:locale"), ld.language(),
        meta(metas, "language"), meta(metas, "dc.language"));
    if (declared == null) {
      return null;
    }
    String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  /** The content of {@code <meta property|name|itemprop=NAME>}, or null. */
  static String meta(Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(Locale.ROOT));
  }

  /** The page's meta tags: property, name or itemprop (lower-cased) to the first non-blank content. */
  static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String name = m.attr(key);
        if (!name.isEmpty()) {
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
        }
      }
    }
    return out;
  }

  private static String attr(Element root, String selector, String... names) {
    for (Element e : root.select(selector)) {
      for (String n : names) {
        if (!e.attr(n).isBlank()) {
          return e.attr(n).strip();
        }
      }
    }
    return null;
  }

  /** The headline part of a {@code <title>} such as "Headline - Site name". */
  private static String siteTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String best = title.strip();
    String[] parts = TITLE_SEPARATOR.split(best);
    if (parts.length > 1) {
      String longest = parts[0];
      for (String p : parts) {
        longest = p.length() > longest.length() ? p : longest;
      }
      best = longest.strip();
    }
    return best;
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return clean(v);
      }
    }
    return null;
  }

  /** Whitespace (no-break spaces included) collapsed to single spaces, trimmed. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String normal(String s) {
    return clean(s).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
