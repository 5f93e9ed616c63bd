package org.vigie.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

class WarcInputTest {

  @TempDir Path dir;

  private final ArticleSource source = new ArticleSource(SourceOptions.defaults());

  private String write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file.toString();
  }

  static byte[] page(int n) {
    return WarcBytes.page(
        "https://ex.fr/" + n,
        WarcBytes.article(
            "Titre " + n, null, "fr", "Le président a parlé pour la " + n + "e fois."));
  }

  static final byte[] IMAGE =
      WarcBytes.response("https://ex.fr/logo.png", "2014-03-05T10:00:00Z", 200, "image/png", "PNG");
  static final byte[] NOT_FOUND =
      WarcBytes.response(
          "https://ex.fr/x", "2014-03-05T10:00:00Z", 404, "text/html", "<p>Perdu</p>");
  static final byte[] REQUEST =
      WarcBytes.record(
          "request",
          "https://ex.fr/1",
          "2014-03-05T10:00:00Z",
          "application/http; msgtype=request",
          "GET /1 HTTP/1.1\r\nHost: ex.fr\r\n\r\n".getBytes(UTF_8));

  private static List<String> urls(Results results) {
    return results.articles().stream().map(Article::url).toList();
  }

  @Test
  void htmlResponsesAreArticlesAndOtherRecordsAreSkipped() throws IOException {
    String file =
        write("crawl.warc", WarcBytes.concat(REQUEST, page(1), IMAGE, NOT_FOUND, page(2)));

    Results results = Results.of(source, file);

    assertEquals(List.of("https://ex.fr/1", "https://ex.fr/2"), urls(results));
    Article first = results.articles().get(0);
    assertEquals(ArticleIds.fromUrl("https://ex.fr/1"), first.id());
    assertEquals(LocalDate.of(2014, 3, 5), first.date(), "the crawl day when the page has none");
    assertEquals(file + "#2", first.origin());
    assertTrue(first.text().contains("Le président a parlé pour la 1e fois."));
    assertEquals(List.of(), results.issues());
  }

  @Test
  void skippedRecordsAreCounted() throws IOException {
    Path file = Path.of(write("crawl.warc", WarcBytes.concat(REQUEST, page(1), IMAGE, NOT_FOUND)));
    List<ReadResult> results = new java.util.ArrayList<>();
    PageArticles pages =
        new PageArticles(SourceOptions.defaults(), new org.vigie.extract.HtmlExtractor());

    try (InputReader reader = WarcFileReader.open(file, file.toString(), pages, results::add)) {
      while (reader.readMore(results::add)) {
        // read to the end
      }
      WarcFileReader warc = (WarcFileReader) reader;
      assertEquals(List.of(4L, 1L, 3L), java.util.Arrays.stream(warc.counts()).boxed().toList());
    }
    assertEquals(1, results.size(), results.toString());
  }

  @Test
  void gzipPerRecordIsReadTheSame() throws IOException {
    String file = write("crawl.warc.gz", WarcBytes.gzipEach(REQUEST, page(1), IMAGE, page(2)));

    assertEquals(List.of("https://ex.fr/1", "https://ex.fr/2"), urls(Results.of(source, file)));
  }

  @Test
  void aCorruptRecordIsReportedAndTheNextOnesAreRead() throws IOException {
    byte[] corrupt =
        new String(page(2), UTF_8).replace("Content-Length: ", "Content-Length: 9").getBytes(UTF_8);
    String plain = write("plain.warc", WarcBytes.concat(page(1), corrupt, page(3)));
    String gz = write("crawl.warc.gz", WarcBytes.gzipEach(page(1), corrupt, page(3)));

    for (String file : List.of(plain, gz)) {
      Results results = Results.of(source, file);

      assertEquals(
          List.of("https://ex.fr/1", "https://ex.fr/3"), urls(results), file + results.messages());
      assertEquals(1, results.issues().size(), results.messages().toString());
      String message = results.messages().get(0);
      assertTrue(message.startsWith("ERROR " + file + "#"), message);
      assertTrue(message.contains("resumed at offset"), message);
    }
  }

  @Test
  void aCorruptGzipMemberIsReportedAndTheNextMemberRead() throws IOException {
    byte[] second = WarcBytes.gzip(page(2));
    for (int i = 20; i < second.length - 10; i += 7) {
      second[i] ^= 0x5A;
    }
    String file =
        write(
            "crawl.warc.gz",
            WarcBytes.concat(WarcBytes.gzip(page(1)), second, WarcBytes.gzip(page(3))));

    Results results = Results.of(source, file);

    assertEquals(
        List.of("https://ex.fr/1", "https://ex.fr/3"),
        urls(results),
        results.messages().toString());
    assertEquals(ReadIssue.Severity.ERROR, results.issues().get(0).severity());
  }

  @Test
  void aNegativeLengthNeverMakesAPageReadTwice() throws IOException {
    // Found by the property check: the WARC reader steps back by a negative length.
    byte[] negative =
        new String(IMAGE, UTF_8).replaceFirst("Content-Length: \\d+", "Content-Length: -40")
            .getBytes(UTF_8);
    String file = write("negative.warc", WarcBytes.concat(page(1), negative, page(2)));

    Results results = Results.of(source, file);

    assertEquals(List.of("https://ex.fr/1", "https://ex.fr/2"), urls(results), results.messages().toString());
  }

  @Test
  void aDamagedMemberRunningIntoTheNextOneDoesNotLoseIt() throws IOException {
    // Found by the property check: inflating a damaged member ran on into the next member, and
    // the next member's start was counted as the damaged record's.
    byte[] damaged = WarcBytes.gzip(NOT_FOUND);
    byte[] cut = Arrays.copyOf(damaged, damaged.length - 12); // no end of stream, no trailer
    String file = write("overrun.warc.gz", WarcBytes.concat(WarcBytes.gzip(REQUEST), cut, WarcBytes.gzip(page(3))));

    Results results = Results.of(source, file);

    assertEquals(List.of("https://ex.fr/3"), urls(results), results.messages().toString());
  }

  @Test
  void aTruncatedFileKeepsWhatWasReadAndSaysWhereItStopped() throws IOException {
    byte[] whole = WarcBytes.gzipEach(page(1), page(2), page(3));
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);
    String file = write("cut.warc.gz", cut);

    Results results = Results.of(source, file);

    assertEquals(List.of("https://ex.fr/1", "https://ex.fr/2"), urls(results));
    assertEquals(1, results.issues().size(), results.messages().toString());
    assertTrue(
        results.messages().get(0).contains("rest of file skipped"), results.messages().get(0));
  }

  @Test
  void aFileThatIsNotAWarcIsOneError() throws IOException {
    String file = write("notes.warc", "Ceci n'est pas un WARC.\n".getBytes(UTF_8));

    Results results = Results.of(source, file);

    assertEquals(List.of(), results.articles());
    assertEquals(1, results.issues().size(), results.messages().toString());
    assertTrue(
        results.messages().get(0).startsWith("ERROR " + file + "#1: corrupt record at offset 0"));
  }

  @Test
  void recordsWrittenByJwarcAreRead() throws IOException {
    Path file = dir.resolve("jwarc.warc.gz");
    byte[] html =
        WarcBytes.article("Écrit par jwarc", null, "fr", "La réunion a eu lieu à Bruxelles.")
            .getBytes(UTF_8);
    try (org.netpreserve.jwarc.WarcWriter writer =
        new org.netpreserve.jwarc.WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            org.netpreserve.jwarc.WarcCompression.GZIP)) {
      org.netpreserve.jwarc.HttpResponse http =
          new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
              .body(org.netpreserve.jwarc.MediaType.HTML_UTF8, html)
              .build();
      writer.write(
          new org.netpreserve.jwarc.WarcResponse.Builder("https://ex.be/reunion")
              .date(java.time.Instant.parse("2014-03-07T08:00:00Z"))
              .body(http)
              .build());
    }

    Article article = Results.of(source, file.toString()).onlyArticle();

    assertEquals("https://ex.be/reunion", article.url());
    assertEquals(LocalDate.of(2014, 3, 7), article.date());
    assertTrue(article.text().contains("Bruxelles"));
  }
}
