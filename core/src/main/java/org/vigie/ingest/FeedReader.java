package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vigie.model.Article;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: each item with content becomes an article, each item
 * without content a {@link ReadResult.Link} to fetch later. Issues and results are named {@code
 * feed.xml#3} for the third item.
 *
 * <p>What counts as content: RSS {@code content:encoded}, Atom {@code content}, or a {@code
 * description} / {@code summary} whose text is at least {@link #MIN_DESCRIPTION_CHARS} characters
 * long. Below that a description is a teaser of one to three sentences, and the page behind the
 * link holds the article. HTML content is reduced to its text, one paragraph per line.
 *
 * <p>The feed is parsed with jsoup's XML parser: lenient (an unclosed tag inside one item does not
 * lose the others), and it never resolves a DTD or an external entity, so a hostile feed cannot
 * make it read local files or the network. A feed is read whole, up to {@link #MAX_FEED_BYTES}.
 */
final class FeedReader {

  /** Shortest description or summary text taken as the article rather than as a teaser. */
  static final int MIN_DESCRIPTION_CHARS = 500;

  /** Largest feed read: a feed of a hundred full articles is a few MB. */
  static final int MAX_FEED_BYTES = 32 << 20;

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private final SourceOptions options;

  FeedReader(SourceOptions options) {
    this.options = options;
  }

  /**
   * @param content the feed without a byte order mark; not closed here
   */
  void read(String origin, InputStream content, Consumer<ReadResult> out) throws IOException {
    byte[] bytes = content.readNBytes(MAX_FEED_BYTES + 1);
    if (bytes.length > MAX_FEED_BYTES) {
      out.accept(
          ReadIssue.error(
              origin, 0, "feed larger than " + (MAX_FEED_BYTES >> 20) + " MiB, skipped"));
      return;
    }
    String xml = decode(origin, bytes, out);
    if (xml.isBlank()) {
      out.accept(ReadIssue.warning(origin, 0, "empty"));
      return;
    }
    Document doc;
    try {
      doc = Jsoup.parse(xml, "", Parser.xmlParser());
    } catch (RuntimeException | StackOverflowError e) {
      // jsoup is lenient and is not known to fail; if it does, the file alone is lost
      out.accept(ReadIssue.error(origin, 0, "unreadable XML: " + e));
      return;
    }
    Element root = doc.children().first();
    String rootName = root == null ? "" : root.normalName();
    FeedItem.Kind kind =
        switch (rootName) {
          case "rss", "rdf:rdf" -> FeedItem.Kind.RSS;
          case "feed" -> FeedItem.Kind.ATOM;
          default -> null;
        };
    if (kind == null) {
      out.accept(
          ReadIssue.warning(
              origin,
              0,
              "XML but neither an RSS nor an Atom feed (root <" + rootName + ">), skipped"));
      return;
    }
    List<Element> items = root.getElementsByTag(kind == FeedItem.Kind.RSS ? "item" : "entry");
    if (items.isEmpty()) {
      out.accept(ReadIssue.warning(origin, 0, "feed without items"));
      return;
    }
    String feedLang = feedLanguage(root, kind);
    for (int i = 0; i < items.size(); i++) {
      String itemOrigin = origin + "#" + (i + 1);
      try {
        readItem(new FeedItem(items.get(i), kind), feedLang, itemOrigin, out);
      } catch (RuntimeException e) {
        out.accept(ReadIssue.error(itemOrigin, 0, "unreadable item: " + e));
      }
    }
  }

  /** The declared encoding when there is a known one, else UTF-8, else Windows-1252. */
  private static String decode(String origin, byte[] bytes, Consumer<ReadResult> out) {
    String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARED_ENCODING.matcher(start);
    if (declared.find()) {
      String name = declared.group(1);
      if (Charset.isSupported(name)) {
        return new String(bytes, Charset.forName(name));
      }
      out.accept(ReadIssue.warning(origin, 0, "unknown encoding \"" + name + "\", read as UTF-8"));
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, bytes.length);
    if (decoded.fallback()) {
      out.accept(ReadIssue.warning(origin, 0, "not valid UTF-8, read as Windows-1252"));
    }
    return decoded.text();
  }

  private void readItem(FeedItem item, String feedLang, String origin, Consumer<ReadResult> out) {
    String url = item.link();
    String title = item.title();
    LocalDate date = date(item, origin, out);
    String text = item.content();
    if (text.isEmpty()) {
      String description = item.description();
      text = description.length() >= MIN_DESCRIPTION_CHARS ? description : "";
    }
    if (text.isEmpty()) {
      if (url == null) {
        out.accept(ReadIssue.error(origin, 0, "item without content or link, skipped"));
      } else {
        out.accept(new ReadResult.Link(url, title, date, origin));
      }
      return;
    }
    String kept = TextDecoding.truncate(text, options.maxTextChars());
    if (kept.length() < text.length()) {
      out.accept(
          ReadIssue.warning(
              origin,
              0,
              "text of " + text.length() + " characters truncated to " + options.maxTextChars()));
    }
    String id = item.id();
    if (id == null) {
      id = url != null ? ArticleIds.fromUrl(url) : ArticleIds.fromText(text);
    }
    String lang = item.lang() != null ? item.lang() : feedLang;
    lang = lang == null ? options.defaultLang() : lang;
    out.accept(new ReadResult.Ok(new Article(id, url, title, date, lang, kept, origin)));
  }

  private LocalDate date(FeedItem item, String origin, Consumer<ReadResult> out) {
    String value = item.date();
    if (value == null) {
      return options.defaultDate();
    }
    LocalDate date = FeedDates.parse(value).orElse(null);
    if (date == null) {
      out.accept(ReadIssue.warning(origin, 0, "unparsable date \"" + value + "\", left empty"));
    }
    return date;
  }

  private static String feedLanguage(Element root, FeedItem.Kind kind) {
    String lang =
        kind == FeedItem.Kind.ATOM
            ? root.attr("xml:lang")
            : root.getElementsByTag("language").stream().findFirst().map(Element::text).orElse("");
    return FeedItem.primaryLanguage(lang);
  }
}
