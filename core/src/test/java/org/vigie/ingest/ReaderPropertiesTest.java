package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

/**
 * Property-based robustness of every reader: {@link PropertyCheck#TRIES} generated and mutated
 * inputs each (10,000 by default). Whatever the bytes, reading never throws, every result names its
 * file, and an intact record among damaged ones is always read, once.
 */
class ReaderPropertiesTest {

  /** Small limits, so that truncation and too-long lines are met too. */
  private static final SourceOptions OPTIONS = new SourceOptions(null, "fr", 20_000, 8_192);

  private static List<byte[]> jsonlSeeds;
  private static List<byte[]> pageSeeds;
  private static List<byte[]> feedSeeds;
  private static List<byte[]> warcSeeds;

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource(OPTIONS, () -> null);

  @BeforeAll
  static void seeds() throws IOException, URISyntaxException {
    Path nasty =
        Path.of(
            Objects.requireNonNull(
                    ReaderPropertiesTest.class.getResource("/ingest/regression/nasty.jsonl"))
                .toURI());
    jsonlSeeds = new ArrayList<>();
    for (String line : Files.readAllLines(nasty, TextDecoding.WINDOWS_1252)) {
      jsonlSeeds.add(line.getBytes(TextDecoding.WINDOWS_1252));
    }
    jsonlSeeds.add(
        bytes(
            "{\"id\":\"a\",\"url\":\"https://ex.fr/a\",\"title\":\"T\",\"date\":\"2014-03-05\",\"lang\":\"fr\",\"text\":\"Kiev"
                + " accuse Moscou.\"}"));
    pageSeeds =
        List.of(
            bytes(
                WarcBytes.article(
                    "Kerry rencontre Lavrov",
                    "https://ex.fr/k",
                    "fr",
                    "John Kerry a rencontré Sergueï Lavrov.")),
            bytes(
                "<html><head><meta charset=\"windows-1252\"><script>var a ="
                    + " '<p>';</script><style>p{}</style></head><body><table><tr><td><p>Cellule"
                    + " &eacute; &#233; &#x00E9;"
                    + " &bogus;</td></tr></table><ul><li>un<li>deux</ul><p>Fin sans"
                    + " fermeture</body>"),
            bytes(
                "<!DOCTYPE html><html lang=en><body><div><div><div><p>Deep</p></div></div></div>"
                    + "<form><input value='<p>'></form><p>Last.</p></body></html>"),
            bytes("<html><body></body></html>"));
    feedSeeds = List.of(bytes(FeedInputTest.RSS), bytes(atom("urn:seed", "https://ex.com/seed")));
    warcSeeds =
        List.of(
            WarcInputTest.page(1),
            WarcInputTest.IMAGE,
            WarcInputTest.NOT_FOUND,
            WarcInputTest.REQUEST);
  }

  // --- JSONL ---

  @Test
  void jsonlNeverThrowsAndKeepsTheIntactLine() {
    PropertyCheck.forAll(
        "jsonl",
        random -> {
          int good = random.nextInt(1_000_000);
          List<byte[]> lines = garbage(jsonlSeeds, jsonlSeeds, random, 8);
          lines.add(random.nextInt(lines.size() + 1), goodLine("good-" + good));
          return join(lines, bytes("\n"));
        },
        input -> {
          Results results = read("in.jsonl", input);
          String good = goodId(input);
          if (good == null || !containsLine(input, goodLine(good))) {
            return; // shrinking damaged the intact line: nothing is promised
          }
          assertEquals(
              1, results.ids().stream().filter(good::equals).count(), results.all().toString());
        });
  }

  private static byte[] goodLine(String id) {
    return bytes("{\"id\":\"" + id + "\",\"text\":\"Texte intact.\"}");
  }

  private static boolean containsLine(byte[] input, byte[] line) {
    String text = new String(input, TextDecoding.WINDOWS_1252);
    String wanted = new String(line, TextDecoding.WINDOWS_1252);
    return ("\n" + text + "\n").contains("\n" + wanted + "\n");
  }

  // --- plain text ---

  @Test
  void plainTextGivesOneArticleOrSaysWhyNot() {
    List<byte[]> texts =
        List.of(
            bytes("Le président a été élu.\nSecond paragraphe."),
            "Café".getBytes(TextDecoding.WINDOWS_1252));
    PropertyCheck.forAll(
        "text",
        random ->
            random.nextBoolean()
                ? Mutations.randomBytes(random, random.nextInt(2_000))
                : Mutations.mutate(texts.get(random.nextInt(texts.size())), texts, random),
        input -> {
          Results results = read("in.txt", input);
          assertTrue(results.articles().size() <= 1, results.all().toString());
          if (results.articles().isEmpty()) {
            assertFalse(results.issues().isEmpty(), "no article and no issue");
          } else {
            assertFalse(results.onlyArticle().text().isBlank());
          }
        });
  }

  // --- HTML ---

  @Test
  void htmlPagesGiveOneArticleOrOneError() {
    PropertyCheck.forAll(
        "html",
        random -> {
          byte[] page =
              Mutations.mutate(pageSeeds.get(random.nextInt(pageSeeds.size())), pageSeeds, random);
          return random.nextInt(5) == 0
              ? Mutations.mutate(WarcBytes.gzip(page), List.of(), random)
              : page;
        },
        input -> {
          boolean gzip = input.length > 2 && input[0] == 0x1f && input[1] == (byte) 0x8b;
          Results results = read(gzip ? "page.html.gz" : "page.html", input);
          boolean error =
              results.issues().stream().anyMatch(i -> i.severity() == ReadIssue.Severity.ERROR);
          boolean empty = results.messages().stream().anyMatch(m -> m.endsWith(": empty"));
          assertTrue(results.articles().size() == 1 ^ (error || empty), results.all().toString());
        });
  }

  // --- feeds ---

  @Test
  void feedsNeverThrowAndKeepTheIntactItem() {
    PropertyCheck.forAll(
        "feed",
        random ->
            random.nextInt(3) == 0
                ? Mutations.mutate(
                    feedSeeds.get(random.nextInt(feedSeeds.size())), feedSeeds, random)
                : feedAroundAGoodItem(random),
        input -> {
          Results results = read("in.xml", input);
          String good = goodId(input);
          if (good != null && intactFeed(input, good)) {
            assertEquals(
                1, results.ids().stream().filter(good::equals).count(), results.all().toString());
          }
        });
  }

  /**
   * A feed whose other items are damaged the ways an XML parser can recover from: unclosed or stray
   * tags, missing or nonsense fields, garbage text (escaped).
   */
  private static byte[] feedAroundAGoodItem(SplittableRandom random) {
    boolean atom = random.nextBoolean();
    int good = random.nextInt(1_000_000);
    List<String> items = new ArrayList<>();
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      items.add(damagedItem(atom, random));
    }
    items.add(random.nextInt(items.size() + 1), intactItem(atom, "good-" + good));
    String body = String.join("\n", items);
    return bytes(feedStart(atom) + body + (atom ? "</feed>" : "</channel></rss>"));
  }

  private static String feedStart(boolean atom) {
    return "<?xml version=\"1.0\"?>"
        + (atom
            ? "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            : "<rss version=\"2.0\"><channel><title>F</title>");
  }

  private static String intactItem(boolean atom, String id) {
    return atom
        ? "<entry><id>"
            + id
            + "</id><title>Bon</title><link href=\"https://ex.com/good\"/>"
            + "<content type=\"html\">&lt;p&gt;Texte intact.&lt;/p&gt;</content></entry>"
        : "<item><title>Bon</title><link>https://ex.fr/good</link><guid>"
            + id
            + "</guid>"
            + "<content:encoded><![CDATA[<p>Texte intact.</p>]]></content:encoded></item>";
  }

  /** The promise holds when the feed's start and the intact item are both still there. */
  private static boolean intactFeed(byte[] input, String id) {
    String text = new String(input, UTF_8);
    return (text.startsWith(feedStart(true)) && text.contains(intactItem(true, id)))
        || (text.startsWith(feedStart(false)) && text.contains(intactItem(false, id)));
  }

  private static String damagedItem(boolean atom, SplittableRandom random) {
    String text =
        escape(
            new String(
                Mutations.randomBytes(random, random.nextInt(40)), TextDecoding.WINDOWS_1252));
    String[] fields = {
      "<title>" + text + "</title>",
      "<title>" + text + "<b>",
      "<link>" + text + "</link>",
      "<pubDate>" + text + "</pubDate>",
      "<updated>" + text + "</updated>",
      "<description>" + text + "</description>",
      "<content:encoded>&lt;p&gt;" + text + "</content:encoded>",
      "<content type=\"xhtml\"><div><p>" + text + "</div></content>",
      "</bogus>",
      "<guid>" + text,
      "<unknown a='1'><deeper>" + text + "</deeper></unknown>",
      "",
    };
    StringBuilder item = new StringBuilder(atom ? "<entry>" : "<item>");
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      item.append(fields[random.nextInt(fields.length)]);
    }
    // Sometimes the item is never closed: the next one then nests inside it.
    if (random.nextInt(4) != 0) {
      item.append(atom ? "</entry>" : "</item>");
    }
    return item.toString();
  }

  // --- WARC ---

  @Test
  void warcNeverThrowsAndKeepsTheIntactRecord() {
    PropertyCheck.forAll(
        "warc",
        random -> {
          boolean gzip = random.nextBoolean();
          List<byte[]> records = new ArrayList<>();
          int count = random.nextInt(5);
          for (int i = 0; i < count; i++) {
            records.add(damagedRecord(gzip, random));
          }
          byte[] good = goodRecord("good-" + random.nextInt(1_000_000));
          records.add(random.nextInt(records.size() + 1), gzip ? WarcBytes.gzip(good) : good);
          return WarcBytes.concat(records.toArray(byte[][]::new));
        },
        input -> {
          boolean gzip = input.length > 2 && input[0] == 0x1f && input[1] == (byte) 0x8b;
          Results results = read(gzip ? "crawl.warc.gz" : "crawl.warc", input);
          String good = goodId(gzip ? inflateAll(input) : input);
          List<String> urls = results.articles().stream().map(Article::url).toList();
          byte[] intact = good == null ? null : goodRecord(good);
          if (intact != null && contains(input, gzip ? WarcBytes.gzip(intact) : intact)) {
            String url = "https://ex.fr/" + good;
            assertEquals(1, urls.stream().filter(url::equals).count(), results.all().toString());
          }
        });
  }

  private static byte[] goodRecord(String id) {
    return WarcBytes.page(
        "https://ex.fr/" + id, WarcBytes.article("Bon", null, "fr", "Texte intact."));
  }

  private static boolean contains(byte[] input, byte[] part) {
    String text = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1);
    return text.contains(new String(part, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static byte[] damagedRecord(boolean gzip, SplittableRandom random) {
    byte[] seed = warcSeeds.get(random.nextInt(warcSeeds.size()));
    return switch (random.nextInt(4)) {
      case 0 -> gzip ? WarcBytes.gzip(seed) : seed; // an ordinary record, maybe skipped
      case 1 -> {
        byte[] damaged = Mutations.mutate(seed, warcSeeds, random);
        yield gzip ? WarcBytes.gzip(damaged) : damaged;
      }
      case 2 ->
          gzip
              ? Mutations.mutate(WarcBytes.gzip(seed), List.of(), random)
              : Mutations.randomBytes(random, random.nextInt(300));
      default -> Mutations.randomBytes(random, random.nextInt(300));
    };
  }

  // --- helpers ---

  /** Reads {@code content} as a file named {@code name}, checking what every reader promises. */
  private Results read(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Results results = Results.of(source, file.toString());
    for (ReadResult result : results.all()) {
      if (result instanceof ReadResult.Ok ok) {
        assertTrue(ok.article().origin().startsWith(file.toString()), ok.toString());
        assertFalse(ok.article().text().isBlank(), ok.toString());
        assertTrue(ok.article().text().length() <= OPTIONS.maxTextChars());
      } else if (result instanceof ReadResult.Link link) {
        assertTrue(link.origin().startsWith(file.toString()), link.toString());
        assertFalse(link.url().isBlank());
      } else {
        ReadIssue issue = (ReadIssue) result;
        assertTrue(issue.origin().startsWith(file.toString()), issue.toString());
        assertFalse(issue.reason().isBlank(), issue.toString());
      }
    }
    return results;
  }

  private static List<byte[]> garbage(
      List<byte[]> seeds, List<byte[]> donors, SplittableRandom random, int max) {
    List<byte[]> out = new ArrayList<>();
    int count = random.nextInt(max + 1);
    for (int i = 0; i < count; i++) {
      byte[] line = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), donors, random);
      out.add(line);
    }
    return out;
  }

  private static String goodId(byte[] input) {
    String text = new String(input, TextDecoding.WINDOWS_1252);
    int at = text.indexOf("good-");
    if (at < 0) {
      return null;
    }
    int end = at + 5;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == at + 5 ? null : text.substring(at, end);
  }

  /**
   * Everything that inflates from every gzip member start, each on its own as far as it goes: a
   * damaged member before the intact one would stop a plain {@code GZIPInputStream}.
   */
  private static byte[] inflateAll(byte[] input) {
    java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
    for (int at = 0; at + 2 < input.length; at++) {
      if (input[at] != 0x1f || input[at + 1] != (byte) 0x8b || input[at + 2] != 0x08) {
        continue;
      }
      try (java.util.zip.GZIPInputStream in =
          new java.util.zip.GZIPInputStream(
              new java.io.ByteArrayInputStream(input, at, input.length - at))) {
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) > 0; ) {
          inflated.write(buffer, 0, n);
        }
      } catch (IOException e) {
        // keep what inflated before the damage
      }
    }
    return inflated.toByteArray();
  }

  private static byte[] join(List<byte[]> parts, byte[] separator) {
    List<byte[]> all = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        all.add(separator);
      }
      all.add(parts.get(i));
    }
    return WarcBytes.concat(all.toArray(byte[][]::new));
  }

  static String atom(String id, String link) {
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><entry><id>"
        + id
        + "</id><title>T</title>"
        + "<link href=\""
        + link
        + "\"/><updated>2014-03-05T10:00:00Z</updated>"
        + "<content type=\"html\">&lt;p&gt;Kerry met Lavrov.&lt;/p&gt;</content></entry></feed>";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
