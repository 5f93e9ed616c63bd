package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.extract.ExtractedPage;
import org.vigie.extract.PageExtractor;
import org.vigie.model.Article;

class HtmlInputTest {

  private static final LocalDate CLI_DATE = LocalDate.of(2014, 3, 5);

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource(new SourceOptions(CLI_DATE, "fr"));

  private String write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file.toString();
  }

  private static final String PAGE =
      WarcBytes.article(
          "Kerry rencontre Lavrov", null, "fr", "John Kerry a rencontré Sergueï Lavrov à Paris.");

  @Test
  void htmlFileIsOneArticleNamedAfterTheFile() throws IOException {
    String file = write("kerry-lavrov.html", PAGE.getBytes(UTF_8));

    Results results = Results.of(source, file);

    Article article = results.onlyArticle();
    assertEquals("kerry-lavrov", article.id());
    assertEquals("Kerry rencontre Lavrov", article.title());
    assertTrue(article.text().contains("John Kerry a rencontré Sergueï Lavrov à Paris."));
    assertEquals(file, article.origin());
    assertEquals(List.of(), results.issues());
  }

  @Test
  void gzippedPagesAndPagesWithoutExtensionAreRead() throws IOException {
    String gz = write("kerry.htm.gz", WarcBytes.gzip(PAGE.getBytes(UTF_8)));
    String bare = write("download", PAGE.getBytes(UTF_8));
    String note = write("note.md", "<p> is a tag, but this is a note".getBytes(UTF_8));

    Results results = Results.of(source, gz, bare, note);

    assertEquals(List.of("kerry", "download", "note.md"), results.ids());
    assertEquals("<p> is a tag, but this is a note", results.articles().get(2).text());
  }

  @Test
  void foldersYieldPagesFeedsAndWarcsToo() throws IOException {
    write("a.html", PAGE.getBytes(UTF_8));
    write("b.txt", "Texte.".getBytes(UTF_8));
    write("c.warc.gz", WarcBytes.gzipEach(WarcBytes.page("https://ex.fr/c", PAGE)));
    write("d.png", new byte[] {1, 2, 3});

    Results results = Results.of(source, dir.toString());

    assertEquals(3, results.articles().size(), results.all().toString());
  }

  @Test
  void pageWithoutBodyIsAnErrorNamingTheFile() throws IOException {
    String file =
        write(
            "menu.html",
            "<html><head><title>Menu</title></head><body></body></html>".getBytes(UTF_8));

    Results results = Results.of(source, file);

    assertEquals(List.of(), results.articles());
    assertEquals(1, results.issues().size());
    ReadIssue issue = results.issues().get(0);
    assertEquals(ReadIssue.Severity.ERROR, issue.severity());
    assertTrue(issue.message().startsWith(file + ": no article body found"), issue.message());
  }

  @Test
  void truncatedGzipIsAnErrorForThatFileAndTheNextFileIsRead() throws IOException {
    byte[] gz = WarcBytes.gzip(PAGE.getBytes(UTF_8));
    String broken = write("broken.html.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
    String good = write("good.html", PAGE.getBytes(UTF_8));

    Results results = Results.of(source, broken, good);

    assertEquals(List.of("good"), results.ids());
    assertEquals(1, results.issues().size());
    assertTrue(
        results.messages().get(0).startsWith("ERROR " + broken + ": "),
        results.messages().toString());
  }

  @Test
  void standardInputMayBeAPage() {
    byte[] bytes = PAGE.getBytes(UTF_8);
    ArticleSource stdin =
        new ArticleSource(new SourceOptions(null, null), () -> new ByteArrayInputStream(bytes));

    Article article = Results.of(stdin, "-").onlyArticle();

    assertEquals("stdin", article.id());
    assertTrue(article.text().contains("Sergueï Lavrov"));
  }

  @Test
  void pageMetadataBecomesTheArticlesFields() throws IOException {
    PageExtractor extractor =
        fixed(
            new ExtractedPage(
                "https://ex.fr/canon",
                "Titre",
                LocalDate.of(2014, 3, 4),
                "A. Auteur",
                "en-GB",
                "Body.",
                List.of()));
    ArticleSource withMetadata =
        new ArticleSource(new SourceOptions(CLI_DATE, "fr"), () -> null, extractor);
    String file = write("p.html", PAGE.getBytes(UTF_8));

    Article article = Results.of(withMetadata, file).onlyArticle();

    assertEquals(
        new Article(
            "p", "https://ex.fr/canon", "Titre", LocalDate.of(2014, 3, 4), "en", "Body.", file),
        article);
  }

  @Test
  void undeclaredOrOtherLanguageAndMissingDateTakeTheCallersDefaults() throws IOException {
    PageExtractor extractor =
        fixed(new ExtractedPage(null, null, null, null, "de", "Text.", List.of()));
    ArticleSource withDefaults =
        new ArticleSource(new SourceOptions(CLI_DATE, "fr"), () -> null, extractor);
    String file = write("p.html", PAGE.getBytes(UTF_8));

    Article article = Results.of(withDefaults, file).onlyArticle();

    assertEquals("fr", article.lang());
    assertEquals(CLI_DATE, article.date());
  }

  @Test
  void anExtractorFailureIsAnErrorForThatPage() throws IOException {
    PageExtractor failing =
        new PageExtractor() {
          @Override
          public ExtractedPage extract(byte[] html, String url) {
            throw new IllegalStateException("boom");
          }

          @Override
          public ExtractedPage extract(String html, String url) {
            throw new IllegalStateException("boom");
          }
        };
    String file = write("p.html", PAGE.getBytes(UTF_8));

    Results results =
        Results.of(new ArticleSource(SourceOptions.defaults(), () -> null, failing), file);

    assertEquals(
        List.of("ERROR " + file + ": extraction failed: IllegalStateException: boom"),
        results.messages());
  }

  /** An extractor that finds the same page everywhere: to test how its fields are used. */
  static PageExtractor fixed(ExtractedPage page) {
    return new PageExtractor() {
      @Override
      public ExtractedPage extract(byte[] html, String url) {
        return page;
      }

      @Override
      public ExtractedPage extract(String html, String url) {
        return page;
      }
    };
  }
}
