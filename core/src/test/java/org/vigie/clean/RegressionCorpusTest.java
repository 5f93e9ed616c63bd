package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.CleaningReport;
import org.vigie.model.Span;

/**
 * Nasty inputs that must clean without throwing and fast: every {@code *.txt} in {@code
 * src/test/resources/clean/}, checked against {@code expected.tsv} there, and a few inputs built
 * here because they are easier to read as code than as files.
 */
class RegressionCorpusTest {

  private static final Path CORPUS = Path.of("src", "test", "resources", "clean");
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final Cleaner CLEANER = TextCleaner.withDefaultRules();

  @TestFactory
  Stream<DynamicTest> corpusFiles() throws IOException {
    Map<String, List<String>> expected = expectations();
    List<Path> files;
    try (Stream<Path> listing = Files.list(CORPUS)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "corpus not found in " + CORPUS.toAbsolutePath());
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      // Decoding replaces malformed bytes, as the ingest stage would.
                      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                      CleanArticle clean = cleanFast(file.getFileName().toString(), text);
                      List<String> row = expected.get(file.getFileName().toString());
                      if (row != null) {
                        assertReport(row, clean.report());
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> builtInputs() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "5000 distinct but similar lines",
            () -> {
              String text =
                  IntStream.range(0, 5000)
                      .mapToObj(
                          i -> "Le ministre a déclaré que la situation restait tendue, numéro " + i)
                      .collect(Collectors.joining("\n"));
              assertEquals(5000, cleanFast("similar", text).report().paragraphsKept());
            }),
        DynamicTest.dynamicTest(
            "1 MB paragraph of random words",
            () -> {
              Random random = new Random(42);
              StringBuilder text = new StringBuilder();
              while (text.length() < 1 << 20) {
                text.append("mot").append(random.nextInt(5000)).append(' ');
              }
              assertEquals(1, cleanFast("random", text.toString()).report().paragraphsKept());
            }),
        DynamicTest.dynamicTest(
            "1 MB paragraph without a space",
            () -> assertEquals(1 << 20, cleanFast("word", "x".repeat(1 << 20)).text().length())),
        DynamicTest.dynamicTest(
            "bracket and spaces up to the character limit",
            () -> cleanFast("bracket", "Texte.\n(" + " ".repeat(390) + "x")),
        DynamicTest.dynamicTest(
            "share words up to the character limit",
            () -> cleanFast("share", "Texte.\n" + "partager sur ".repeat(30) + "!x")),
        DynamicTest.dynamicTest(
            "patterns against their worst short inputs",
            () -> assertTimeoutPreemptively(LIMIT, () -> matchAll(adversarialParagraphs()))),
        DynamicTest.dynamicTest(
            "lone surrogates",
            () ->
                assertEquals(
                    "a\uD800b\nc\uDC00", cleanFast("surrogates", "a\uD800b\nc\uDC00").text())));
  }

  /**
   * Paragraphs just under the furniture limits that repeat what the patterns repeat and then fail
   * at the last character, 50 of each: a pattern that backtracks over every split of them (as the
   * credit patterns once did on "(" and 390 spaces, 0.1 s each) blows the time limit.
   */
  private static List<String> adversarialParagraphs() {
    List<String> units =
        List.of(
            " ", "A ", "avec ", "partager sur ", "x ", "vidéo ", "e-mail ", ". ", "( ", "lire ");
    List<String> out = new ArrayList<>();
    for (String unit : units) {
      String body = unit.repeat(390 / unit.length());
      for (String edge : List.of("(", "[", "avec", "(avec", "Sign up ")) {
        for (String end : List.of("x", "(", "!", ")x")) {
          out.add(edge + body + end);
        }
      }
    }
    return out;
  }

  private static void matchAll(List<String> paragraphs) {
    BoilerplateRules rules = BoilerplateRules.defaults();
    for (int round = 0; round < 3; round++) {
      for (String paragraph : paragraphs) {
        rules.isFurniture(paragraph);
        rules.credit(paragraph);
      }
    }
  }

  private static CleanArticle cleanFast(String id, String text) {
    Article article = new Article(id, null, null, null, null, text, id);
    CleanArticle clean = assertTimeoutPreemptively(LIMIT, () -> CLEANER.clean(article), id);
    assertConsistent(clean);
    return clean;
  }

  /** Counts add up, spans tile the text, and the text holds only normalised characters. */
  private static void assertConsistent(CleanArticle clean) {
    CleaningReport report = clean.report();
    assertEquals(
        report.paragraphsIn(),
        report.paragraphsKept() + report.duplicateParagraphs() + report.boilerplate().size());
    assertEquals(report.paragraphsKept(), clean.paragraphs().size());
    String text = clean.text();
    String rebuilt =
        clean.paragraphs().stream()
            .map(s -> text.substring(s.start(), s.end()))
            .collect(Collectors.joining("\n"));
    assertEquals(text, rebuilt);
    for (Span span : clean.paragraphs()) {
      assertTrue(span.end() > span.start(), "empty paragraph at " + span);
    }
    assertFalse(text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'));
    assertFalse(text.contains("\u00A0"));
    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
  }

  private static void assertReport(List<String> row, CleaningReport report) {
    assertEquals(Integer.parseInt(row.get(1)), report.paragraphsIn(), "in");
    assertEquals(Integer.parseInt(row.get(2)), report.paragraphsKept(), "kept");
    assertEquals(Integer.parseInt(row.get(3)), report.duplicateParagraphs(), "duplicates");
    assertEquals(Integer.parseInt(row.get(4)), report.boilerplate().size(), "boilerplate");
    String credited = row.get(5).equals("-") ? null : row.get(5);
    assertEquals(credited, report.creditedSource(), "credited");
  }

  private static Map<String, List<String>> expectations() throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"))) {
      String content = line.replaceFirst("#.*", "").strip();
      if (!content.isEmpty()) {
        List<String> row = List.of(content.split("\t"));
        assertEquals(6, row.size(), "expected.tsv: " + line);
        rows.put(row.get(0), row);
      }
    }
    return rows;
  }
}
