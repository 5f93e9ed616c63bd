package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;

class RegressionCorpusTest {

  private static Path corpus() throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(RegressionCorpusTest.class.getResource("/ingest/regression"))
            .toURI());
  }

  @Test
  void nastyJsonlGivesTheGoodLinesAndOneIssueForEachBadOne() throws URISyntaxException {
    Results results = Results.of(new ArticleSource(SourceOptions.defaults()), corpus().toString());

    assertEquals(
        List.of(
            "ok",
            "dupkey",
            "escapes",
            "lone-surrogate",
            "bom-mid-file",
            "raw-tab",
            "numeric-date",
            "indented",
            "nbsp-only",
            "cp1252",
            "last-line-without-newline"),
        results.ids());
    assertEquals(
        List.of(
            "ERROR 5: no \"text\" field",
            "ERROR 6: expected a JSON object, found a string",
            "ERROR 7: expected a JSON object, found null",
            "WARNING 10: unparsable date \"20140305\", left empty",
            "ERROR 13: not JSON",
            "ERROR 14: not JSON",
            "WARNING 15: not valid UTF-8, read as Windows-1252 (reported once per file)"),
        results.issues().stream()
            .map(i -> i.severity() + " " + i.line() + ": " + i.reason().split(" at column|:")[0])
            .toList());
  }

  @Test
  void nastyValuesComeThroughUnchanged() throws URISyntaxException {
    List<Article> articles =
        Results.of(new ArticleSource(SourceOptions.defaults()), corpus().toString()).articles();

    assertEquals("second", text(articles, "dupkey"), "the last duplicate key wins");
    assertEquals("nul\u0000 emoji \uD83D\uDE00", text(articles, "escapes"));
    assertEquals("col1\tcol2", text(articles, "raw-tab"));
    assertEquals("Café", text(articles, "cp1252"));
  }

  private static String text(List<Article> articles, String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().text();
  }
}
