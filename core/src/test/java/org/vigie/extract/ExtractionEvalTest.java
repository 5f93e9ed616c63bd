package org.vigie.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extraction evaluation set ({@code src/test/resources/extract/fr} and {@code .../en}: pages
 * written to imitate real sites, each with its expected body and metadata in {@code
 * expected.jsonl}), scored with the usual 4-token shingle metric. The floors sit a little under
 * the measured figures (see docs/extraction.md); every page's score is printed.
 */
class ExtractionEvalTest {

  private static final Path SET = Path.of("src", "test", "resources", "extract");
  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  @ParameterizedTest(name = "{0}: F1 >= {1}")
  @CsvSource({"fr, 0.95, 30", "en, 0.95, 30"})
  void bodyTextScoresAboveTheFloor(String lang, double floor, int minPages) throws IOException {
    List<ExtractionScore.Page> scores = new ArrayList<>();
    int titles = 0;
    int dates = 0;
    int authors = 0;
    int urls = 0;
    List<JsonNode> pages = expected(lang);
    for (JsonNode want : pages) {
      String id = want.get("id").asText();
      ExtractedPage got = EXTRACTOR.extract(Files.readAllBytes(SET.resolve(lang).resolve(id + ".html")), null);
      ExtractionScore.Page s = ExtractionScore.page(want.get("text").asText(), got.text());
      scores.add(s);
      System.err.printf(Locale.ROOT, "%s %-40s P %.3f R %.3f%n", lang, id, s.precision(), s.recall());
      titles += same(want, "title", got.title()) ? 1 : 0;
      dates += same(want, "date", got.date() == null ? null : got.date().toString()) ? 1 : 0;
      authors += same(want, "author", got.author()) ? 1 : 0;
      urls += same(want, "url", got.url()) ? 1 : 0;
    }
    ExtractionScore.Summary summary = ExtractionScore.summary(scores);
    int n = pages.size();
    System.err.printf(Locale.ROOT, "%s: %d pages, precision %.3f recall %.3f F1 %.3f; title %d/%d date %d/%d "
        + "author %d/%d url %d/%d%n", lang, n, summary.precision(), summary.recall(), summary.f1(), titles, n, dates, n,
        authors, n, urls, n);
    assertTrue(n >= minPages, lang + ": only " + n + " pages in the evaluation set");
    assertTrue(summary.f1() >= floor, lang + ": F1 " + summary.f1() + " under the floor " + floor);
    assertTrue(summary.precision() >= floor - 0.03 && summary.recall() >= floor - 0.03, summary.toString());
    assertTrue(titles >= 0.95 * n, "titles right: " + titles + "/" + n);
    assertTrue(dates >= 0.9 * n, "dates right: " + dates + "/" + n);
    assertTrue(urls >= 0.9 * n, "urls right: " + urls + "/" + n);
    assertTrue(authors >= 0.8 * n, "authors right: " + authors + "/" + n);
  }

  private static boolean same(JsonNode want, String field, String got) {
    JsonNode w = want.get(field);
    return Objects.equals(w == null || w.isNull() ? null : w.asText(), got);
  }

  private static List<JsonNode> expected(String lang) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(SET.resolve(lang).resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }
}
