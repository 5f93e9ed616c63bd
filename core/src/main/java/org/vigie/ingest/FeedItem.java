package org.vigie.ingest;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The fields of one RSS item or Atom entry, read from its direct children by name. Every getter
 * gives stripped text, or null (empty for texts) when the field is missing or blank.
 */
final class FeedItem {

  /** The vocabulary of the feed. */
  enum Kind {
    RSS,
    ATOM
  }

  private static final Set<String> LANGUAGES = Set.of("fr", "en");

  private final Element item;
  private final Kind kind;

  FeedItem(Element item, Kind kind) {
    this.item = item;
    this.kind = kind;
  }

  String title() {
    Element title = child("title");
    return title == null ? null : blankToNull(HtmlText.of(markup(title)));
  }

  /** RSS {@code link} (or a permalink {@code guid}); Atom {@code link rel=alternate href}. */
  String link() {
    if (kind == Kind.ATOM) {
      for (Element link : item.children()) {
        String rel = link.attr("rel");
        if (link.normalName().equals("link") && (rel.isEmpty() || rel.equals("alternate"))) {
          return blankToNull(link.attr("href"));
        }
      }
      return null;
    }
    String link = text("link");
    if (link != null) {
      return link;
    }
    Element guid = child("guid");
    boolean permalink = guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false");
    String value = guid == null ? null : blankToNull(guid.wholeText());
    return permalink && value != null && value.matches("(?i)https?://\\S+") ? value : null;
  }

  /** RSS {@code guid}, Atom {@code id}. */
  String id() {
    return text(kind == Kind.ATOM ? "id" : "guid");
  }

  /**
   * The publication date as written: RSS {@code pubDate} or {@code dc:date}, Atom {@code published}
   * or {@code updated}.
   */
  String date() {
    String[] names =
        kind == Kind.ATOM
            ? new String[] {"published", "updated", "dc:date"}
            : new String[] {"pubdate", "dc:date"};
    for (String name : names) {
      String value = text(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The text of RSS {@code content:encoded} or Atom {@code content}, or empty. */
  String content() {
    Element content = child(kind == Kind.ATOM ? "content" : "content:encoded");
    return content == null ? "" : bodyText(content);
  }

  /** The text of RSS {@code description} or Atom {@code summary}, or empty. */
  String description() {
    Element description = child(kind == Kind.ATOM ? "summary" : "description");
    return description == null ? "" : bodyText(description);
  }

  /** The item's own {@code xml:lang} (Atom) or {@code dc:language}, reduced to fr or en. */
  String lang() {
    String declared = item.attr("xml:lang");
    if (declared.isEmpty()) {
      String dc = text("dc:language");
      declared = dc == null ? "" : dc;
    }
    return primaryLanguage(declared);
  }

  /** {@code fr-FR} → {@code fr}; null for a language other than French or English. */
  static String primaryLanguage(String declared) {
    String primary = declared.split("[-_]", 2)[0].strip().toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(primary) ? primary : null;
  }

  /**
   * Atom {@code type="text"} is plain text; everything else is HTML, escaped, in CDATA or inline.
   */
  private String bodyText(Element element) {
    if (kind == Kind.ATOM && element.attr("type").equalsIgnoreCase("text")) {
      return element.wholeText().strip();
    }
    return HtmlText.of(markup(element));
  }

  /** Inline XHTML as markup; escaped or CDATA HTML as the markup it holds. */
  private static String markup(Element element) {
    return element.children().isEmpty() ? element.wholeText() : element.html();
  }

  private String text(String name) {
    Element child = child(name);
    return child == null ? null : blankToNull(child.wholeText());
  }

  private Element child(String name) {
    for (Element child : item.children()) {
      if (child.normalName().equals(name)) {
        return child;
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
