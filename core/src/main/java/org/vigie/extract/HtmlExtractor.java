package org.vigie.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article extractor: decodes the page ({@link HtmlCharset}), reads its metadata ({@link
 * PageMetadata}), prunes the furniture ({@link Pruner}), finds the body ({@link ContentFinder}),
 * renders it as lines ({@link TextRenderer}) and drops the furniture lines left inside the body
 * ({@link FurnitureLines}). The summary paragraph under the headline is put first when the body
 * found does not hold it. Immutable and thread-safe; the vocabularies load once per instance.
 * What is and is not article text is documented in {@code docs/extraction.md}.
 */
public final class HtmlExtractor implements PageExtractor {

  /** Pages are cut at this many characters (with a warning): real articles are far smaller. */
  public static final int MAX_CHARS = 2_000_000;

  /** Two to four capitalised words: a person's name. */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}");

  /** No article has this many paragraphs; a page that does is a list or an attack. */
  private static final int MAX_LINES = 2_000;

  /** Real pages nest a few dozen levels; far deeper is a broken or hostile page. */
  private static final int DEEP = 256;

  private final ClassNames names;
  private final FurnitureLines furniture;
  private final Agencies agencies;

  /** The extractor with the bundled vocabularies. */
  public HtmlExtractor() {
    this(ClassNames.bundled(), FurnitureLines.bundled(), Agencies.bundled());
  }

  HtmlExtractor(ClassNames names, FurnitureLines furniture, Agencies agencies) {
    this.names = names;
    this.furniture = furniture;
    this.agencies = agencies;
  }

  @Override
  public ExtractedPage extract(byte[] html, String url) {
    HtmlCharset.Decoded decoded = HtmlCharset.decode(html);
    ExtractedPage page = extract(decoded.text(), url);
    if (decoded.warnings().isEmpty()) {
      return page;
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(page.warnings());
    return new ExtractedPage(page.url(), page.title(), page.date(), page.author(), page.lang(), page.text(), warnings);
  }

  @Override
  public ExtractedPage extract(String html, String url) {
    List<String> warnings = new ArrayList<>();
    if (html.length() > MAX_CHARS) {
      warnings.add("page of " + html.length() / 1_000_000 + " M characters cut at " + MAX_CHARS / 1_000_000 + " M");
      html = html.substring(0, MAX_CHARS);
    }
    Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
    JsonLd ld = JsonLd.of(doc, warnings);
    PageMetadata meta = PageMetadata.read(doc, ld, url, agencies);
    if (doc.selectFirst("frameset") != null) {
      warnings.add("frameset page: the text is in its frames, not fetched");
    }
    new Pruner(names).prune(doc, meta.headline());
    ContentFinder.Lengths lengths = ContentFinder.Lengths.of(doc);
    if (lengths.depth() > DEEP) {
      warnings.add("page nested " + lengths.depth() + " levels deep: result may be partial");
    }
    List<Element> body = new ContentFinder(names).find(doc, ld, lengths);
    Body found = bodyLines(doc, body, meta, lengths, warnings);
    List<String> lines = new ArrayList<>(found.lines());
    lines = completeFromJsonLd(lines, ld, warnings);
    if (lines.isEmpty()) {
      warnings.add("no article text found");
    }
    String text = String.join("\n", lines);
    String lang = meta.lang() != null ? meta.lang() : Languages.guess(text);
    LocalDate date = meta.date() != null ? meta.date() : PublicationDates.parse(found.dateLine());
    String author = meta.author() != null ? meta.author() : agencies.personal(PageMetadata.byline(
        found.byline() != null ? found.byline() : bylineNear(doc, meta.headline(), lengths)));
    if (author == null && found.dateLine() != null) {
      author = agencies.personal(nameBeforePipe(found.dateLine()));
    }
    return new ExtractedPage(meta.url(), meta.title(), date, author, lang, text, warnings);
  }

  /**
   * The body completed from the JSON-LD {@code articleBody} when the page shows only its start (a
   * body loaded by script): the page's lines before the JSON-LD text (the standfirst), then the
   * JSON-LD text. Not for a paywalled article, whose hidden part is not free text.
   */
  private static List<String> completeFromJsonLd(List<String> lines, JsonLd ld, List<String> warnings) {
    if (ld.body() == null || ld.paywalled()) {
      return lines;
    }
    String full = PageMetadata.clean(ld.body());
    int shown = String.join(" ", lines).length();
    if (full.length() < shown * 1.3 || full.length() - shown < 200) {
      return lines;
    }
    String start = full.substring(0, Math.min(40, full.length()));
    int at = 0;
    while (at < lines.size() && !lines.get(at).startsWith(start)
        && !(lines.get(at).length() >= 20 && full.startsWith(prefix(lines.get(at))))) {
      at++;
    }
    if (at == lines.size() && !lines.isEmpty()) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, at));
    for (String p : ld.body().split("\\n+")) {
      if (!p.isBlank()) {
        out.add(PageMetadata.clean(p));
      }
    }
    warnings.add(lines.isEmpty() ? "no body in the page: JSON-LD articleBody used"
        : "the page shows part of the body: completed from its JSON-LD articleBody");
    return out;
  }

  private static String prefix(String line) {
    return line.substring(0, Math.min(40, line.length()));
  }

  /** "Lindiwe Mahlangu | 29 May 2026" → "Lindiwe Mahlangu": a date line that opens with a name. */
  private static String nameBeforePipe(String dateLine) {
    int pipe = dateLine.indexOf('|');
    if (pipe < 0) {
      return null;
    }
    String before = dateLine.substring(0, pipe).strip();
    return NAME.matcher(before).matches() ? before : null;
  }

  /** A byline line ("By John Smith, Lima correspondent") among the short blocks after the headline. */
  private String bylineNear(Document doc, Element headline, ContentFinder.Lengths lengths) {
    boolean after = headline == null || headline.parent() == null;
    int looked = 0;
    FurnitureLines.Session lines = furniture.session();
    for (Element e : doc.body().getAllElements()) {
      if (e == headline) {
        after = true;
      } else if (after && looked++ < 300 && e.childrenSize() <= 1 && lengths.text(e) < 120) {
        String t = PageMetadata.clean(e.text());
        if (t.length() > 4 && t.length() < 120 && lines.match(t) == FurnitureLines.Kind.BYLINE) {
          return t;
        }
      }
    }
    return null;
  }

  /** The body's lines, and the first byline and date line dropped from it (metadata fallbacks). */
  private record Body(List<String> lines, String byline, String dateLine) {
  }

  private Body bodyLines(Document doc, List<Element> body, PageMetadata meta, ContentFinder.Lengths lengths,
      List<String> warnings) {
    List<TextRenderer.Line> rendered = new ArrayList<>();
    if (!body.isEmpty()) {
      Element standfirst = Standfirst.find(doc, body, meta, names, lengths);
      if (standfirst != null) {
        for (TextRenderer.Line l : new TextRenderer(names).render(standfirst, lengths)) {
          rendered.add(new TextRenderer.Line(l.text(), l.linkChars(), false));
        }
      }
    }
    TextRenderer renderer = new TextRenderer(names);
    for (Element e : body) {
      rendered.addAll(renderer.render(e, lengths));
    }
    if (rendered.size() > MAX_LINES) {
      warnings.add("body of " + rendered.size() + " lines cut at " + MAX_LINES);
      rendered = rendered.subList(0, MAX_LINES);
    }
    return keep(rendered, meta.title());
  }

  /** The lines that are article text: furniture lines, link lists and dangling subheadings go. */
  private Body keep(List<TextRenderer.Line> rendered, String title) {
    String byline = null;
    String dateLine = null;
    String headline = title == null ? "" : title.toLowerCase(Locale.ROOT);
    List<TextRenderer.Line> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    FurnitureLines.Session lines = furniture.session();
    for (TextRenderer.Line line : rendered) {
      String text = line.text();
      FurnitureLines.Kind kind = lines.match(text);
      if (kind == FurnitureLines.Kind.STOP && !kept.isEmpty()) {
        break;
      }
      if (kind == FurnitureLines.Kind.BYLINE && byline == null) {
        byline = text;
      } else if (kind == FurnitureLines.Kind.DATED && dateLine == null) {
        dateLine = text;
      }
      if (kind != null || line.linkDensity() > 0.5 || text.toLowerCase(Locale.ROOT).equals(headline)
          || !seen.add(text) || !hasWord(text) || Gibberish.is(text)) {
        continue;
      }
      kept.add(line);
    }
    // A subheading with no text after it heads something that was removed (a related grid).
    List<String> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      TextRenderer.Line line = kept.get(i);
      if (line.heading() && (i + 1 == kept.size() || kept.get(i + 1).heading())) {
        continue;
      }
      out.add(line.text());
    }
    return new Body(out, byline, dateLine);
  }

  private static boolean hasWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
