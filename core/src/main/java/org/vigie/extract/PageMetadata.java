package org.vigie.extract;

import java.time.LocalDate;
import java.util.Locale;
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
  private static final Pattern PUBLISHED =
      Pattern.compile("(?i)\\b(?:publié|publiée|published|posted|paru|mis en ligne)\\b");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");

  static PageMetadata read(Document doc, JsonLd ld, String fetchedFrom, Agencies agencies) {
    Element headline = headline(doc, ld);
    String title = headline != null ? clean(headline.text()) : firstNonBlank(
        ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"), siteTitle(doc.title()));
    return new PageMetadata(url(doc, ld, fetchedFrom), title, headline, date(doc, ld), author(doc, ld, agencies), lang(doc, ld),
        firstNonBlank(meta(doc, "og:description"), meta(doc, "description"), ld.description()));
  }

  private static String url(Document doc, JsonLd ld, String fetchedFrom) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = canonical != null ? canonical.absUrl("href") : null;
    if ((url == null || url.isEmpty()) && canonical != null) {
      url = canonical.attr("href");
    }
    String og = meta(doc, "og:url");
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
  private static Element headline(Document doc, JsonLd ld) {
    Elements h1s = doc.select("h1");
    String declared = firstNonBlank(meta(doc, "og:title"), ld.headline(), meta(doc, "twitter:title"), doc.title());
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
      if (inArticle == null && !h.parents().select("article, main, [itemprop=articleBody]").isEmpty()) {
        inArticle = h;
      }
    }
    if (inArticle != null) {
      return inArticle;
    }
    return h1s.size() == 1 && normal(h1s.get(0).text()).length() >= 10 && declared == null ? h1s.get(0) : null;
  }

  private static LocalDate date(Document doc, JsonLd ld) {
    String[] candidates = {
      ld.datePublished(), meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
      meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publish-date"), meta(doc, "date"),
      meta(doc, "dc.date"), meta(doc, "DC.date.issued"), meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"),
      attr(doc, "[itemprop=datePublished]", "content", "datetime"), attr(doc, "time[pubdate]", "datetime"),
      attr(doc, "article time[datetime], main time[datetime], time[datetime]", "datetime"),
      meta(doc, "article:modified_time")
    };
    for (String c : candidates) {
      LocalDate d = PublicationDates.parse(c);
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

  private static String author(Document doc, JsonLd ld, Agencies agencies) {
    if (!ld.authors().isEmpty()) {
      return agencies.personal(String.join(", ", ld.authors()));
    }
    String meta = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"),
        meta(doc, "parsely-author"), meta(doc, "sailthru.author"));
    if (meta != null && !meta.startsWith("http")) {
      return agencies.personal(meta);
    }
    Element named = doc.selectFirst("[itemprop=author] [itemprop=name][content], [itemprop=author] [itemprop=name]");
    if (named != null) {
      String name = byline(firstNonBlank(named.attr("content"), named.text()));
      if (name != null) {
        return agencies.personal(name);
      }
    }
    // The most specific byline element: the shortest name found in one.
    String best = null;
    for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
        + "[class~=(?i)byline|author|auteur|signature|field--name-uid]")) {
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

  /** "Par Marie Dupont (à Bruxelles), publié le..." → "Marie Dupont". */
  static String byline(String text) {
    if (text == null) {
      return null;
    }
    String t = BYLINE_PREFIX.matcher(clean(text)).replaceFirst("");
    t = BYLINE_END.matcher(t).replaceFirst("").strip();
    return t.isEmpty() || t.length() > 80 ? null : t;
  }

  private static String lang(Document doc, JsonLd ld) {
    Element html = doc.selectFirst("html[lang]");
    String declared = firstNonBlank(html == null ? null : html.attr("lang"), meta(doc, "content-language"),
        attr(doc, "meta[http-equiv=content-language]", "content"), meta(doc, "og:locale"), ld.language(),
        meta(doc, "language"), meta(doc, "dc.language"));
    if (declared == null) {
      return null;
    }
    String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  /** The content of {@code <meta property|name|itemprop=NAME>}, or null. */
  static String meta(Document doc, String name) {
    for (Element m : doc.head().getElementsByTag("meta")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = m.attr("content").strip();
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  private static String attr(Document doc, String selector, String... names) {
    for (Element e : doc.select(selector)) {
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
