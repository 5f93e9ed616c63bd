package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

class ArticleSourceTest {

  private static final LocalDate CLI_DATE = LocalDate.of(2014, 3, 5);

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource(new SourceOptions(CLI_DATE, "fr"));

  private String write(String name, String content) throws IOException {
    return write(name, content.getBytes(UTF_8));
  }

  private String write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file.toString();
  }

  private static ArticleSource withStdin(String content) {
    byte[] bytes = content.getBytes(UTF_8);
    return new ArticleSource(
        new SourceOptions(CLI_DATE, "fr"), () -> new ByteArrayInputStream(bytes));
  }

  // --- plain text ---

  @Test
  void textFileIsOneArticleWithTheCallersDateAndLanguage() throws IOException {
    String file = write("kerry-lavrov.fr.txt", "John Kerry a rencontré Sergueï Lavrov.\n");

    Article article = Results.of(source, file).onlyArticle();

    assertEquals("kerry-lavrov.fr", article.id());
    assertEquals("John Kerry a rencontré Sergueï Lavrov.\n", article.text());
    assertEquals(CLI_DATE, article.date());
    assertEquals("fr", article.lang());
    assertEquals(file, article.origin());
  }

  @Test
  void fileNamedExplicitlyIsTextWhateverItsExtension() throws IOException {
    String file = write("note.md", "Le Conseil de sécurité s'est réuni.");

    assertEquals(List.of("note.md"), Results.of(source, file).ids());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Moscou dément.".getBytes(UTF_8);
    byte[] content = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(text, 0, content, bom.length, text.length);
    String file = write("bom.txt", content);

    Results results = Results.of(source, file);

    assertEquals("Moscou dément.", results.onlyArticle().text());
    assertEquals(List.of(), results.issues());
  }

  @Test
  void emptyFileIsAWarningAndNoArticle() throws IOException {
    String empty = write("empty.txt", "");
    String blank = write("blank.txt", " \n\t\r\n");

    Results results = Results.of(source, empty, blank);

    assertEquals(List.of(), results.articles());
    assertEquals(
        List.of("WARNING " + empty + ": empty", "WARNING " + blank + ": empty"),
        results.messages());
  }

  @Test
  void binaryFileIsAnErrorAndReadingGoesOn() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H'};
    String image = write("photo.txt", png);
    String good = write("good.txt", "Texte.");

    Results results = Results.of(source, image, good);

    assertEquals(List.of("ERROR " + image + ": binary file, skipped"), results.messages());
    assertEquals(List.of("good"), results.ids());
  }

  @Test
  void utf16IsRefusedWithAHint() throws IOException {
    byte[] utf16 = "\uFEFFTexte".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    String file = write("powershell.txt", utf16);

    assertEquals(
        List.of("ERROR " + file + ": UTF-16 text, convert it to UTF-8"),
        Results.of(source, file).messages());
  }

  @Test
  void latin1TextIsDecodedWithAWarning() throws IOException {
    String file =
        write("latin1.txt", "Le président a été élu.".getBytes(TextDecoding.WINDOWS_1252));

    Results results = Results.of(source, file);

    assertEquals("Le président a été élu.", results.onlyArticle().text());
    assertEquals(
        List.of("WARNING " + file + ": not valid UTF-8, read as Windows-1252"), results.messages());
  }

  @Test
  void windows1252QuotesAndEuroAreDecoded() throws IOException {
    // 0x80 €, 0x92 ’, 0x93 “ and 0x94 ” are C1 controls in Latin-1 but printable in Windows-1252
    byte[] bytes = {'l', (byte) 0x92, 'U', 'E', ' ', (byte) 0x93, '5', (byte) 0x80, (byte) 0x94};
    String file = write("cp1252.txt", bytes);

    assertEquals("l’UE “5€”", Results.of(source, file).onlyArticle().text());
  }

  @Test
  void textOverTheLimitIsTruncatedWithAWarning() throws IOException {
    ArticleSource small = new ArticleSource(new SourceOptions(null, null, 10, 1000));
    String file = write("long.txt", "0123456789abcdef".repeat(100));

    Results results = Results.of(small, file);

    assertEquals("0123456789", results.onlyArticle().text());
    assertEquals(
        List.of("WARNING " + file + ": text longer than 10 characters, truncated"),
        results.messages());
  }

  @Test
  void missingFileIsAnErrorForThatFile() {
    String missing = dir.resolve("absent.txt").toString();

    assertEquals(
        List.of("ERROR " + missing + ": cannot read: no such file or folder"),
        Results.of(source, missing).messages());
  }

  // --- JSONL ---

  @Test
  void jsonlGivesOneArticlePerLineWithItsFields() throws IOException {
    String file =
        write(
            "news.jsonl",
            """
{"id":"a1","url":"https://ex.fr/a1","title":"Crise","date":"2014-03-04","lang":"fr","text":"Kiev accuse Moscou."}
{"id":"a2","lang":"en","text":"Kerry meets Lavrov."}
""");

    Results results = Results.of(source, file);

    Article first = results.articles().get(0);
    assertEquals(
        new Article(
            "a1",
            "https://ex.fr/a1",
            "Crise",
            LocalDate.of(2014, 3, 4),
            "fr",
            "Kiev accuse Moscou.",
            file + ":1"),
        first);
    Article second = results.articles().get(1);
    assertEquals(CLI_DATE, second.date(), "a missing date takes the default");
    assertEquals("en", second.lang());
    assertEquals(file + ":2", second.origin());
    assertEquals(List.of(), results.issues());
  }

  @Test
  void binaryGarbageInSomeJsonlLinesSpoilsOnlyThoseLines() throws IOException {
    // Found by the property check: the binary test on the first 8 KB skipped the whole file.
    byte[] garbage = new byte[600];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (i % 7 == 0 ? 0 : i % 5 + 1);
    }
    byte[] good = "\n{\"id\":\"good\",\"text\":\"Intact.\"}\n".getBytes(UTF_8);
    byte[] content = new byte[garbage.length + good.length];
    System.arraycopy(garbage, 0, content, 0, garbage.length);
    System.arraycopy(good, 0, content, garbage.length, good.length);
    String file = write("damaged.jsonl", content);

    Results results = Results.of(source, file);

    assertEquals(List.of("good"), results.ids());
    assertEquals(1, results.issues().size(), results.messages().toString());
  }

  @Test
  void malformedLineIsAnErrorAndTheGoodLinesAreAllRead() throws IOException {
    String file =
        write(
            "mixed.jsonl",
            """
            {"id":"1","text":"un"}
            {"id":"2","text":"deux"

            {"id":"3","text":"trois"}
            not json at all
            {"id":"4","text":"quatre"} {"id":"5","text":"cinq"}
            {"id":"6","text":"six"}""");

    Results results = Results.of(source, file);

    assertEquals(List.of("1", "3", "6"), results.ids());
    List<ReadIssue> issues = results.issues();
    assertEquals(3, issues.size(), results.messages().toString());
    assertEquals(List.of(2L, 5L, 6L), issues.stream().map(ReadIssue::line).toList());
    for (ReadIssue issue : issues) {
      assertEquals(ReadIssue.Severity.ERROR, issue.severity());
      assertTrue(
          issue.message().startsWith(file + ":" + issue.line() + ": not JSON"), issue.message());
      assertTrue(!issue.reason().contains("\n"));
    }
  }

  @Test
  void arrayInsteadOfObjectIsAnError() throws IOException {
    String file = write("array.jsonl", "[{\"id\":\"1\",\"text\":\"un\"}]\n{\"text\":\"deux\"}\n");

    Results results = Results.of(source, file);

    assertEquals(
        List.of("ERROR " + file + ":1: expected a JSON object, found an array"),
        results.messages());
    assertEquals(1, results.articles().size());
  }

  @Test
  void missingOrNonStringTextIsAnError() throws IOException {
    String file =
        write(
            "notext.jsonl",
            """
            {"id":"1","title":"Sans texte"}
            {"id":"2","text":null}
            {"id":"3","text":42}
            {"id":"4","text":["un","deux"]}
            {"id":"5","text":"bon"}
            """);

    Results results = Results.of(source, file);

    assertEquals(
        List.of(
            "ERROR " + file + ":1: no \"text\" field",
            "ERROR " + file + ":2: no \"text\" field",
            "ERROR " + file + ":3: \"text\" is not a string but a number",
            "ERROR " + file + ":4: \"text\" is not a string but an array"),
        results.messages());
    assertEquals(List.of("5"), results.ids());
  }

  @Test
  void dateTimeGivesItsDateAsWritten() throws IOException {
    String file =
        write(
            "dates.jsonl",
            """
            {"id":"z","date":"2014-03-05T23:30:00+01:00","text":"t"}
            {"id":"utc","date":"2014-03-05T23:30:00Z","text":"t"}
            {"id":"local","date":"2014-03-05T10:00:00","text":"t"}
            {"id":"space","date":"2014-03-05 10:00:00","text":"t"}
            """);

    List<Article> articles = Results.of(source, file).articles();

    assertEquals(4, articles.size());
    articles.forEach(a -> assertEquals(LocalDate.of(2014, 3, 5), a.date(), a.id()));
  }

  @Test
  void unparsableDateIsAWarningAndNoDate() throws IOException {
    String file =
        write("baddate.jsonl", "{\"id\":\"1\",\"date\":\"5 mars 2014\",\"text\":\"t\"}\n");

    Results results = Results.of(source, file);

    assertNull(results.onlyArticle().date(), "not the default date");
    assertEquals(
        List.of("WARNING " + file + ":1: unparsable date \"5 mars 2014\", left empty"),
        results.messages());
  }

  @Test
  void missingIdIsDerivedFromUrlElseText() throws IOException {
    String file =
        write(
            "noid.jsonl",
            """
            {"url":"https://ex.fr/a","text":"un"}
            {"url":"https://ex.fr/a","text":"autre texte"}
            {"text":"deux"}
            {"id":"","text":"deux"}
            {"id":17,"text":"numérique"}
            """);

    List<String> ids = Results.of(source, file).ids();

    assertEquals(ids.get(0), ids.get(1), "same url, same id");
    assertTrue(ids.get(0).matches("url-[0-9a-f]{16}"), ids.get(0));
    assertTrue(ids.get(2).matches("text-[0-9a-f]{16}"), ids.get(2));
    assertEquals(ids.get(2), ids.get(3), "a blank id counts as missing");
    assertEquals("17", ids.get(4));
    assertEquals(ids, Results.of(source, file).ids(), "stable from one read to the next");
  }

  @Test
  void languageIsReducedToItsPrimarySubtag() throws IOException {
    String file = write("lang.jsonl", "{\"lang\":\"FR-fr\",\"text\":\"t\"}\n");

    assertEquals("fr", Results.of(source, file).onlyArticle().lang());
  }

  @Test
  void nonStringOptionalFieldIsIgnoredWithAWarning() throws IOException {
    String file =
        write("title.jsonl", "{\"id\":\"1\",\"title\":{\"fr\":\"Titre\"},\"text\":\"t\"}\n");

    Results results = Results.of(source, file);

    assertNull(results.onlyArticle().title());
    assertEquals(
        List.of("WARNING " + file + ":1: \"title\" is not a string but an object, ignored"),
        results.messages());
  }

  @Test
  void blankTextIsAWarningAndNoArticle() throws IOException {
    String file = write("blanktext.jsonl", "{\"id\":\"1\",\"text\":\"  \"}\n");

    Results results = Results.of(source, file);

    assertEquals(List.of(), results.articles());
    assertEquals(List.of("WARNING " + file + ":1: empty \"text\", skipped"), results.messages());
  }

  @Test
  void emptyJsonlIsAWarning() throws IOException {
    String file = write("empty.jsonl", "\n\n  \n");

    assertEquals(List.of("WARNING " + file + ": empty"), Results.of(source, file).messages());
  }

  @Test
  void crlfLineEndingsAreAccepted() throws IOException {
    String file =
        write(
            "crlf.jsonl", "{\"id\":\"1\",\"text\":\"un\"}\r\n{\"id\":\"2\",\"text\":\"deux\"}\r\n");

    Results results = Results.of(source, file);

    assertEquals(List.of("1", "2"), results.ids());
    assertEquals(List.of(), results.issues());
  }

  @Test
  void latin1JsonlLineIsDecodedWithOneWarningPerFile() throws IOException {
    byte[] utf8 = "{\"id\":\"1\",\"text\":\"déjà\"}\n".getBytes(UTF_8);
    byte[] latin1 =
        "{\"id\":\"2\",\"text\":\"été\"}\n{\"id\":\"3\",\"text\":\"élu\"}\n"
            .getBytes(TextDecoding.WINDOWS_1252);
    byte[] content = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, content, 0, utf8.length);
    System.arraycopy(latin1, 0, content, utf8.length, latin1.length);
    String file = write("mixed-encoding.jsonl", content);

    Results results = Results.of(source, file);

    assertEquals(
        List.of("déjà", "été", "élu"), results.articles().stream().map(Article::text).toList());
    assertEquals(
        List.of(
            "WARNING "
                + file
                + ":2: not valid UTF-8, read as Windows-1252 (reported once per file)"),
        results.messages());
  }

  @Test
  void tenMegabyteLineIsRead() throws IOException {
    String big = "Kiev accuse Moscou. ".repeat(500_000); // 10 million characters
    String file =
        write(
            "big.jsonl",
            "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"after\",\"text\":\"suite\"}\n");
    ArticleSource roomy = new ArticleSource(new SourceOptions(null, null, 20_000_000, 64 << 20));

    Results results = Results.of(roomy, file);

    assertEquals(List.of("big", "after"), results.ids());
    assertEquals(big, results.articles().get(0).text());
    assertEquals(List.of(), results.issues());
  }

  @Test
  void tenMegabyteTextIsTruncatedToTheDefaultLimit() throws IOException {
    String big = "x".repeat(10_000_000);
    String file = write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + big + "\"}\n");

    Results results = Results.of(source, file);

    assertEquals(SourceOptions.DEFAULT_MAX_TEXT_CHARS, results.onlyArticle().text().length());
    assertEquals(
        List.of("WARNING " + file + ":1: text of 10000000 characters truncated to 5000000"),
        results.messages());
  }

  @Test
  void lineOverTheByteLimitIsSkippedAndReadingGoesOn() throws IOException {
    ArticleSource strict = new ArticleSource(new SourceOptions(null, null, 100, 1000));
    String file =
        write(
            "huge.jsonl",
            "{\"id\":\"1\",\"text\":\""
                + "x".repeat(5000)
                + "\"}\n{\"id\":\"2\",\"text\":\"t\"}\n");

    Results results = Results.of(strict, file);

    assertEquals(List.of("2"), results.ids());
    assertEquals(
        List.of("ERROR " + file + ":1: line longer than 1000 bytes, skipped"), results.messages());
  }

  // --- folders ---

  @Test
  void folderIsWalkedForTextAndJsonlFilesInPathOrder() throws IOException {
    write("corpus/b.txt", "B");
    write("corpus/2014/03/a.TXT", "A");
    write("corpus/2014/feed.jsonl", "{\"id\":\"f1\",\"text\":\"F\"}\n");
    write("corpus/readme.md", "not an article");
    write("corpus/.git/x.txt", "hidden folder");
    write("corpus/._b.txt", "macOS resource fork");

    Results results = Results.of(source, dir.resolve("corpus").toString());

    assertEquals(List.of("a", "f1", "b"), results.ids());
    assertEquals(List.of(), results.issues());
  }

  @Test
  void folderWithoutArticlesIsAWarning() throws IOException {
    write("nothing/readme.md", "x");
    String folder = dir.resolve("nothing").toString();

    assertEquals(
        List.of("WARNING " + folder + ": no file to read in folder"),
        Results.of(source, folder).messages());
  }

  // --- standard input ---

  @Test
  void stdinStartingWithABraceIsJsonl() {
    ArticleSource fromStdin =
        withStdin("\n  {\"id\":\"s1\",\"text\":\"un\"}\n{\"id\":\"s2\",\"text\":\"deux\"}\n");

    Results results = Results.of(fromStdin, "-");

    assertEquals(List.of("s1", "s2"), results.ids());
    assertEquals("<stdin>:3", results.articles().get(1).origin());
  }

  @Test
  void otherStdinIsOneTextArticle() {
    ArticleSource fromStdin = withStdin("Le Kremlin a démenti.\n{pas du JSON}\n");

    Article article = Results.of(fromStdin, "-").onlyArticle();

    assertEquals("stdin", article.id());
    assertEquals("Le Kremlin a démenti.\n{pas du JSON}\n", article.text());
    assertEquals("<stdin>", article.origin());
    assertEquals(CLI_DATE, article.date());
  }

  @Test
  void emptyStdinIsAWarning() {
    assertEquals(List.of("WARNING <stdin>: empty"), Results.of(withStdin(""), "-").messages());
  }

  @Test
  void stdinNamedTwiceIsTheCallersMistake() {
    assertThrows(IllegalArgumentException.class, () -> source.read("-", "x.txt", "-"));
  }

  // --- the stream ---

  @Test
  void inputsAreReadInOrderWithIssuesBeforeTheirArticle() throws IOException {
    String first = write("1.txt", "un");
    String missing = dir.resolve("2.txt").toString();
    String third = write("3.jsonl", "{\"id\":\"3\",\"date\":\"hier\",\"text\":\"trois\"}\n");

    List<ReadResult> all = Results.of(source, first, missing, third).all();

    assertEquals(4, all.size());
    assertTrue(all.get(0) instanceof ReadResult.Ok ok && ok.article().id().equals("1"));
    assertTrue(all.get(1) instanceof ReadIssue issue && issue.origin().equals(missing));
    assertTrue(all.get(2) instanceof ReadIssue issue && issue.line() == 1);
    assertTrue(all.get(3) instanceof ReadResult.Ok ok && ok.article().id().equals("3"));
  }

  @Test
  void readingIsLazy() throws IOException {
    String first = write("first.jsonl", "{\"id\":\"1\",\"text\":\"un\"}\n");
    String second = write("second.txt", "deux");

    try (Stream<ReadResult> results = source.read(first, second)) {
      Iterator<ReadResult> iterator = results.iterator();
      assertTrue(iterator.hasNext());
      Files.delete(Path.of(second)); // not opened yet
      iterator.next();
      assertTrue(iterator.hasNext());
      assertTrue(iterator.next() instanceof ReadIssue issue && issue.origin().equals(second));
    }
  }
}
